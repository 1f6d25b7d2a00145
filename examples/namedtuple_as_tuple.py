"""A namedtuple is a tuple: unpacking, indexing, slicing, tuple operators and comparisons, _replace, _asdict, _make."""
from collections import namedtuple
P = namedtuple("P", "x y")
p = P(1, 2)
x, y = p
print(x, y)
print(p[0], p[-1], p[:1], p[::-1])
print(list(p), tuple(p), p + (3,), (0,) + p, p == (1, 2), (1, 2) == p, p != (1, 2))
print(len(p), 2 in p, p * 2, hash(p) == hash((1, 2)), p < (1, 3), max(p), sum(p))
Edge = namedtuple("Edge", ["src", "dst", "w"])
for src, dst, w in [Edge("a", "b", 3), Edge("b", "c", 4)]:
    print(src, dst, w)
e = Edge("a", "b", 3)
print(e[0], e[2], e[1:], e._replace(w=5), Edge._fields, p._asdict(), e._replace(src="z", dst="y"))
a, *rest = e[:2]
print(a, rest)
f, *more = p
print(f, more)
print(P._make([5, 6]), P._make((7, 8)))
i = 1
print(p[i], p.count(2), p.index(2))

# *p spreads its fields, of whatever types; a namedtuple is an instance of tuple
Row = namedtuple("Row", "name count")
r = Row("ab", 3)
print(*p)
print(*r, sep="|")


def repeat(name, count):
    return name * count


print(repeat(*r), Row(*r), P(*p))
print(isinstance(p, tuple), isinstance(r, P), isinstance(r, (P, Row)), isinstance(e, tuple))
