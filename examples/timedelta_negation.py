# -timedelta and +timedelta (sorting by a negated duration).
from datetime import timedelta, datetime
d = timedelta(hours=1, minutes=30)
print(-d, +d, -(-d), -timedelta(days=2, seconds=5))
totals = {"a": timedelta(hours=3), "b": timedelta(hours=5), "c": timedelta(hours=3)}
for k, v in sorted(totals.items(), key=lambda kv: (-kv[1], kv[0])):
    print(k, v)
print(datetime(2024, 1, 1) + -d)
