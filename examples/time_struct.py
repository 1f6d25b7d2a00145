import time

t = time.gmtime(1700000000.7)
print(t)
print(t.tm_year, t.tm_mon, t.tm_mday, t.tm_hour, t.tm_min, t.tm_sec, t.tm_wday, t.tm_yday, t.tm_isdst)
print(time.strftime("%Y-%m-%d %H:%M:%S %A %a %B %b %j %p %y %%", t))
print(time.gmtime(0))
print(time.gmtime(-1.5))
print(time.gmtime(951782400).tm_yday, time.gmtime(951782400).tm_wday)
print(time.gmtime(1700000000) == time.gmtime(1700000000.2), time.gmtime(0) == t)
for secs in [0, 86399, 86400, 1000000000, 2**31]:
    g = time.gmtime(secs)
    print(secs, time.strftime("%Y-%m-%dT%H:%M:%S", g), g.tm_wday)
local = time.localtime(1700000000)
print(time.mktime(local))
print(time.mktime(time.localtime(1234567890)) == 1234567890.0)
now = time.localtime()
print(now.tm_year >= 2024, 1 <= now.tm_mon <= 12, type(time.mktime(now)).__name__)
print(type(time.gmtime().tm_zone).__name__)
