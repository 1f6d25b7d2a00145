from datetime import timedelta

td = timedelta(days=1, hours=2, minutes=3, seconds=4)
print(td)
print(repr(td))
print(td.days, td.seconds, td.microseconds)
print(td.total_seconds())
print(timedelta(0), repr(timedelta(0)))
print(timedelta(microseconds=-1))
print(repr(timedelta(microseconds=-1)))
print(timedelta(seconds=-0.5))
print(timedelta(hours=1.5), timedelta(weeks=2), timedelta(milliseconds=1500))
print(timedelta(days=-2, seconds=5))
print(timedelta(3))
a = timedelta(hours=5)
b = timedelta(minutes=30)
print(a + b, a - b, b - a)
print(a * 3, a // 7, a // b)
print(a > b, a < b, a == timedelta(seconds=18000), a != b, a <= a, b >= a)
print(sorted([a, b, timedelta(0)]))
print(max(a, b))
print(bool(timedelta(0)), bool(b))
print(timedelta(days=999999999))
try:
    timedelta(days=1000000000)
except OverflowError as e:
    print("OverflowError:", e)
try:
    print(a // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
total = timedelta(0)
for m in range(1, 6):
    total = total + timedelta(minutes=m * 7)
print(total, total.total_seconds())
print(timedelta(days=1, microseconds=250000).total_seconds())
