# A tuple or None (a search that may find nothing, a best-so-far that starts as None, a BFS parent map).

def find(grid, target):
    for r, row in enumerate(grid):
        for c, v in enumerate(row):
            if v == target:
                return (r, c)
    return None


g = [[1, 2], [3, 4]]
p = find(g, 3)
q = find(g, 9)
print(p, q, p is None, q is None, p == (1, 0), q == (1, 0), p != q)
if p is not None:
    r, c = p
    print(r, c, p[0] + p[1])
if q:
    print("q truthy")
else:
    print("q falsy")
prev = {(0, 0): None}
prev[(0, 1)] = (0, 0)
prev[(1, 1)] = (0, 1)
print(prev, prev[(1, 1)], prev[(0, 0)])
best = None
for cand in [(3, "c"), (1, "a"), (2, "b")]:
    if best is None or cand < best:
        best = cand
print(best, repr(best), str(best), f"{best}")
items = [find(g, t) for t in (4, 5, 1)]
print(items, [x for x in items if x is not None])
