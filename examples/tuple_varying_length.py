# Tuples of one item type but different lengths meeting in one place (a list of them, a
# variable grown in a loop, *args of calls with different counts, a position of same-length
# tuples) are one tuple of run-time length, with every tuple operation.

def paths_of(n):
    out = [(0,), (0, 1), (0, 1, 2)]
    t = ()
    for i in range(n):
        t = t + (i,)
        out.append(t)
    return out

ps = paths_of(4)
print(ps)
print(len(ps), [len(p) for p in ps])
p = ps[2]
print(p[0], p[-1], p[1:], p[::-1], p[:0])
print(2 in p, 7 in p)
for x in p:
    print(x, end=" ")
print()
print(p + (9,), (9,) + p, p + p, p * 2, 2 * p)
print(p == (0, 1, 2), p < (0, 1, 3), p > (0,), ps[0] < ps[1])
print(hash(p) == hash((0, 1, 2)))
print(p.count(1), p.index(2))
a, b, c = p
print(a, b, c)
print(sorted(ps), min(ps), max(ps))
d = {}
for q in ps:
    d[q] = len(q)
print(d)
s = set(ps)
print(len(s), (0, 1) in s)
print(str(ps[0]), repr(ps[4]), ps[4])
print(tuple(ps[5]), list(ps[5]))
e = ps[4]
print(e, len(e))
try:
    print(p[5])
except IndexError as ex:
    print("IndexError", ex)
try:
    x, y = p
except ValueError as ex:
    print("ValueError", ex)
try:
    x, y, z, w = p
except ValueError as ex:
    print("ValueError", ex)
try:
    print(p.index(42))
except ValueError as ex:
    print("ValueError", ex)
first, *rest = p
print(first, rest)
print(f"{p}", "%s" % (p,), "{}".format(p))
print(sum(p), any(p), all(p), list(reversed(p)), list(enumerate(p)))
print(min(p), max(p), min(p, key=lambda v: -v), max(p, key=lambda v: -v), sorted(p, reverse=True))
print(sum(p), sum(p, 10), list(p), sorted(set(p)))
lst = [5]
lst.extend(p)
print(lst)
names = [("a",), ("b", "c")]
for nm in names:
    print("-".join(nm), "xb".startswith(nm), "ac".endswith(nm))

def total(t):
    return sum(t) * len(t)

def show(*args):
    return args

rows = [show(1), show(1, 2), show()]
print(rows, [total(r) for r in rows])
pairs = {(): "empty", (1,): "one", (1, 2): "two"}
print(pairs[(1,)], pairs[()], (1, 2) in pairs)
nested = [((1,), "a"), ((1, 2), "b")]
print(nested, sorted(nested, reverse=True))
for key, name in nested:
    print(key, name, len(key))

def grow(n):
    if n == 0:
        return ()
    return grow(n - 1) + (n,)
print(grow(3), grow(0))
acc = []
stack = [(0,)]
while stack:
    path = stack.pop()
    if len(path) == 3:
        acc.append(path)
        continue
    for nxt in (1, 2):
        stack.append(path + (nxt,))
print(acc)
x = (1, 2) if len(acc) > 3 else (1,)
print(x, x == (1, 2), x != (1,))

calls = []
def rec(*args):
    calls.append(args)
rec(1)
rec(1, 2)
rec(1, 2, 3)
print(calls)
