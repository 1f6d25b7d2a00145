# Tuples as immutable records: comparison, hashing as dict keys, count/index, nested tuples, and grouping by a key.

origin = (0, 0)
moves = [(1, 0), (0, 1), (-1, 0), (0, -1)]
path = [origin]
for step in [0, 0, 1, 1, 2, 3, 3, 0]:
    x, y = path[-1]
    dx, dy = moves[step]
    path.append((x + dx, y + dy))
print(path)
print("visited twice:", sorted({p for p in path if path.count(p) > 1}))
print("first visit of (1, 1):", path.index((1, 1)))
print("furthest:", max(path, key=lambda p: abs(p[0]) + abs(p[1])))
print((1, 2, 3) < (1, 3), (2,) > (1, 99), (1, 2) == (1, 2), () < (0,), (1, "b") < (1, "c"))
single = (42,)
print(single, len(single), type(single).__name__, (1, 2) + (3,), (0,) * 3)
sales = [("north", "q1", 120), ("south", "q1", 80), ("north", "q2", 150),
         ("east", "q1", 95), ("south", "q2", 110), ("north", "q3", 90)]
by_region = {}
for region, quarter, amount in sales:
    by_region.setdefault(region, []).append((quarter, amount))
for region, entries in by_region.items():
    best = max(entries, key=lambda e: e[1])
    print(f"{region:<6} total {sum(a for _, a in entries):>4}  best {best[0]} ({best[1]})")
distances = {}
cities = [("A", (0, 0)), ("B", (3, 4)), ("C", (6, 8)), ("D", (-3, 4))]
for name1, (x1, y1) in cities:
    for name2, (x2, y2) in cities:
        if name1 < name2:
            distances[(name1, name2)] = ((x1 - x2) ** 2 + (y1 - y2) ** 2) ** 0.5
for pair, d in sorted(distances.items(), key=lambda kv: kv[1]):
    print(pair, round(d, 3))
print(("a", "b") in distances, ("A", "B") in distances, distances[("B", "D")])
nested = ((1, 2), (3, (4, 5)), ())
print(nested[1][1][0], len(nested), nested[-1], len(nested[1]) + len(nested[2]))
t = tuple(range(5))
print(t, t[::-1], tuple("hey"), tuple(x * x for x in t if x % 2), max(t), t.count(3))
