# datetime.strptime (CPython's _strptime in the C locale), timedelta with floats and true division, ctime, timestamps.
from datetime import datetime, date, timedelta

fmts = [("2024-03-05 14:07:09", "%Y-%m-%d %H:%M:%S"), ("05/03/24", "%d/%m/%y"), ("5 March 2024", "%d %B %Y"),
        ("Tue Mar  5 14:07:09 2024", "%a %b %d %H:%M:%S %Y"), ("2024-065", "%Y-%j"), ("12:30 PM", "%I:%M %p"),
        ("12:30 am", "%I:%M %p"), ("2024-03-05T01:02:03.25", "%Y-%m-%dT%H:%M:%S.%f"), ("99", "%y"),
        ("2024-02-30", "%Y-%m-%d"), ("2024-13-01", "%Y-%m-%d"), ("2024-03-05 junk", "%Y-%m-%d"),
        ("2024", "%Y%"), ("2024", "%Y %q"), ("feb 29", "%b %d"), ("100%", "%Y%%"), ("2024%", "%Y%%"),
        ("Mar 5 2024 (x)", "%b %d %Y (x)"), ("03/05/24 10:11:12", "%x %X"), ("1/2/2024", "%m/%d/%Y")]
for text, f in fmts:
    try:
        print(repr(datetime.strptime(text, f)))
    except ValueError as e:
        print("ValueError:", e)
t = timedelta(days=1, seconds=5)
print(t * 0.5, t / 2, t / 2.5, t / timedelta(hours=1), t % timedelta(hours=5), timedelta(microseconds=3) * 0.5)
print(timedelta(seconds=1) / 3, timedelta(seconds=1) / timedelta(seconds=3))
try:
    print(t / 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(t / 0.0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
try:
    print(t % timedelta(0))
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
print(date(2024, 3, 5).ctime(), datetime(2024, 12, 25, 8, 5, 3).ctime())
d = datetime.strptime("2024-03-05", "%Y-%m-%d")
print(d.date().weekday(), d.isoweekday(), d.isoformat(" "), d.replace(day=1) < d)
# timestamps are in local time: a round trip does not depend on the time zone
for ts in [0.0, 1700000000.25, 1234567890.5]:
    moment = datetime.fromtimestamp(ts)
    print(moment.timestamp() == ts, date.fromtimestamp(ts) == moment.date())
try:
    datetime.fromtimestamp(1e12)
except ValueError as e:
    print("ValueError:", e)
