# A date or datetime in an f-string or format() with a spec formats by strftime, as CPython's __format__ does.
import datetime
d = datetime.date(2024, 3, 9)
dt = datetime.datetime(2024, 3, 9, 14, 5, 7)
print(f"{d:%a %d %b %Y}|{d}|{d:}|{dt:%H:%M:%S on %A}|{dt}")
print("{:%Y/%m/%d}".format(d), format(dt, "%j"))
print(f"{d!s:>12}|")
