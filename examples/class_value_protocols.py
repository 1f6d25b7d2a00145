# Value classes: arithmetic and reflected operators, abs, hash, iteration, indexing by tuples,
# @ (matmul), total_ordering, and augmented assignment through __add__.

import math
from functools import total_ordering


class Vector:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Vector({self.x!r}, {self.y!r})"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __iter__(self):
        yield self.x
        yield self.y

    def __getitem__(self, i):
        return (self.x, self.y)[i]

    def __bool__(self):
        return self.x != 0 or self.y != 0


@total_ordering
class Version:
    def __init__(self, text):
        self.parts = tuple(int(p) for p in text.split("."))

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __str__(self):
        return ".".join(map(str, self.parts))


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __getitem__(self, idx):
        r, c = idx
        return self.rows[r][c]

    def __setitem__(self, idx, v):
        r, c = idx
        self.rows[r][c] = v

    def __len__(self):
        return len(self.rows)

    def __str__(self):
        w = max(len(str(v)) for row in self.rows for v in row)
        return "\n".join(" ".join(str(v).rjust(w) for v in row) for row in self.rows)


v = Vector(3, 4)
w = Vector(1, -2)
print(v + w, v - w, v * 2, 3 * w, -v, abs(v))
print(v == Vector(3, 4), v != w, bool(Vector(0, 0)), bool(w))
x, y = v
print(x, y, v[0], v[-1], list(v))
seen = {v, Vector(3, 4), w}
print(len(seen), Vector(1, -2) in seen)
vs = sorted([Version("1.10.0"), Version("1.2.3"), Version("1.2.10"), Version("0.9")])
print([str(s) for s in vs])
print(Version("2.0") > Version("1.99"), Version("1.0") <= Version("1.0"), max(vs))
m = Matrix([[1, 2], [3, 4]])
n = Matrix([[0, 1], [1, 0]])
p = m @ n
p[0, 0] = 100
print(p)
print(len(p), p[1, 0])
acc = Vector(0, 0)
for i in range(5):
    acc += Vector(i, i * i)
print(acc)
