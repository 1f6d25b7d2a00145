from datetime import date, datetime, timedelta

dt = datetime(2024, 1, 3, 10, 0, 1)
print(dt, repr(dt))
print(dt.year, dt.month, dt.day, dt.hour, dt.minute, dt.second, dt.microsecond)
print(repr(datetime(2024, 1, 3)), repr(datetime(2024, 1, 3, 5, 6, 7, 8)))
print(datetime(2024, 1, 3, 5, 6, 7, 80))
print(dt.date(), repr(dt.date()), dt.toordinal(), dt.weekday(), dt.isoweekday())
print(dt.isoformat(), dt.isoformat(" "), datetime(2024, 1, 3, 0, 0, 0, 5).isoformat())
print(dt + timedelta(hours=20), dt - timedelta(minutes=1, microseconds=1))
print(dt + timedelta(days=365, seconds=-1))
later = datetime(2024, 3, 1, 8, 30)
print(later - dt, repr(dt - later), (later - dt).total_seconds())
print(dt < later, dt > later, dt == datetime(2024, 1, 3, 10, 0, 1), dt != later)
print(sorted([later, dt, datetime(2023, 12, 31, 23, 59, 59)]))
print(dt.replace(hour=23, minute=59), dt.replace(year=2020, microsecond=1))
print(dt.strftime("%Y-%m-%d %H:%M:%S.%f"), dt.strftime("%A, %d %B %Y %I:%M %p"))
print(datetime(2024, 7, 4, 15, 45).strftime("%a %b %d %H:%M %p %j %y %%"))
print(datetime.fromisoformat("2024-01-03T10:00:01"), datetime.fromisoformat("2024-01-03"))
print(datetime.fromisoformat("2024-01-03 10:00"), datetime.fromisoformat("2024-01-03T10:00:01.250"))
print(repr(datetime.fromisoformat("2011-11-04T00:05:23.283000")), datetime.fromisoformat("2024-01-03T10:00:01.5"))
print(datetime.fromisoformat("2024-01-03T10:00:01.12345678"))
print(datetime.now() > datetime(2020, 1, 1), datetime.now().year >= 2024)
start = datetime(2024, 2, 28, 22, 0)
for i in range(4):
    print(start, start.strftime("%a"))
    start = start + timedelta(hours=13)
for args in [(2024, 1, 1, 24, 0, 0, 0), (2024, 1, 1, 1, 60, 0, 0), (2024, 1, 1, 1, 1, 60, 0),
             (2024, 1, 1, 1, 1, 1, 1000000), (2024, 2, 30, 0, 0, 0, 0)]:
    try:
        datetime(args[0], args[1], args[2], args[3], args[4], args[5], args[6])
    except ValueError as e:
        print("ValueError:", e)
for s in ["2024-01-03X", "2024-01-03T1", "2024-01-03T10:00:01.", "2024-01-03T25:00", "2024-01-03T10:0001"]:
    try:
        datetime.fromisoformat(s)
    except ValueError as e:
        print("ValueError:", e)
try:
    datetime(9999, 12, 31, 23) + timedelta(hours=1)
except OverflowError as e:
    print("OverflowError:", e)
