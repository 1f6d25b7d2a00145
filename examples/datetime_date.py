import datetime
from datetime import date, timedelta

d = date(2024, 1, 3)
print(d, repr(d))
print(d.year, d.month, d.day)
print(d.toordinal(), d.weekday(), d.isoweekday(), d.isoformat())
print(date.fromordinal(1), date.fromordinal(738888), date.fromordinal(3652059))
print(date.fromordinal(d.toordinal()) == d)
print(d + timedelta(days=60), d - timedelta(days=3), d - timedelta(hours=30))
print(date(2024, 12, 25) - d, repr(d - date(2025, 1, 1)))
print(d.replace(day=31), d.replace(year=2023, month=2))
print(d < date(2024, 1, 4), d >= date(2024, 1, 4), d == date(2024, 1, 3), d != date(2024, 1, 3))
print(sorted([date(2000, 2, 29), d, date(1999, 12, 31)]))
print(date.fromisoformat("2000-02-29"), date.fromisoformat("20240103"))
print(d.strftime("%Y-%m-%d %H:%M:%S"), d.strftime("%A %a %B %b %j %p %y %%"))
print(date(2023, 12, 31).strftime("%j %U %W %w %d/%m/%y"))
print(datetime.MINYEAR, datetime.MAXYEAR)
print(date.today() > date(2020, 1, 1))
for leap in [1900, 2000, 2023, 2024]:
    print(leap, (date(leap, 3, 1) - date(leap, 2, 1)).days)
day = date(2024, 2, 26)
for i in range(5):
    print(day.strftime("%a %d %b"), day.weekday())
    day = day + timedelta(days=1)
for args in [(0, 1, 1), (10000, 1, 1), (2024, 13, 1), (2023, 2, 29), (2024, 4, 31)]:
    try:
        date(args[0], args[1], args[2])
    except ValueError as e:
        print("ValueError:", e)
for s in ["2024-1-3", "2024-01-03T10:00", "2024-01-3", "2024/01/03"]:
    try:
        date.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    date.fromordinal(0)
except ValueError as e:
    print("ValueError:", e)
try:
    date(9999, 12, 31) + timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
try:
    date(1, 1, 1) - timedelta(days=1)
except OverflowError as e:
    print("OverflowError:", e)
