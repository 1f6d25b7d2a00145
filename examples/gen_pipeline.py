# Generator pipelines over log lines: yield, yield from, generator expressions, and lazy evaluation order.

LOG = """\
2024-01-03 10:00:01 INFO start service=web
2024-01-03 10:00:02 WARN slow request ms=840
2024-01-03 10:00:05 ERROR timeout ms=3000
2024-01-03 10:01:00 INFO request ms=120
2024-01-04 09:12:44 INFO request ms=95

2024-01-04 09:13:00 ERROR crash code=7
2024-01-04 09:14:10 WARN slow request ms=990
2024-01-04 09:15:00 INFO stop service=web"""


def lines(text):
    for line in text.split("\n"):
        if line.strip():
            yield line


def parse(records):
    for rec in records:
        date, time, level, *rest = rec.split()
        yield date, time, level, " ".join(rest)


def only(level, entries):
    return (e for e in entries if e[2] == level)


def numbers(entries, key):
    for _, _, _, msg in entries:
        for word in msg.split():
            if word.startswith(key + "="):
                yield int(word[len(key) + 1:])


def both(a, b):
    yield from a
    yield from b


def chunks(items, size):
    for i in range(0, len(items), size):
        yield items[i:i + size]


def traced(name, items):
    for x in items:
        print("  ", name, "yields", x)
        yield x


entries = list(parse(lines(LOG)))
print(len(entries), "entries")
for e in only("ERROR", entries):
    print("error on", e[0], "at", e[1] + ":", e[3])
ms = list(numbers(entries, "ms"))
print("ms values:", ms, "max", max(ms), "avg", sum(ms) // len(ms))
levels = {}
for _, _, level, _ in entries:
    levels[level] = levels.get(level, 0) + 1
print(levels)
print(list(both(range(3), (x * 10 for x in range(3)))))
print([c for c in chunks([1, 2, 3, 4, 5, 6, 7], 3)])
print("lazy:")
squares = (x * x for x in traced("src", [1, 2, 3, 4]))
print("first square:", next(squares))
print("rest summed:", sum(squares))
print("any over a generator stops early:", any(x > 1 for x in traced("chk", [0, 5, 9])))
