# A 2-D Vector class: arithmetic dunders (__add__, __mul__, __rmul__, __radd__, __iadd__), __eq__, __repr__, __abs__.


class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Vector(" + repr(self.x) + ", " + repr(self.y) + ")"

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __radd__(self, other):
        # 0 + v, so that sum() can start from 0
        if other != 0:
            raise TypeError("only 0 can be added to a Vector")
        return self

    def __iadd__(self, other):
        self.x += other.x
        self.y += other.y
        return self

    def __sub__(self, other):
        return Vector(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vector(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vector(-self.x, -self.y)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __bool__(self):
        return self.x != 0 or self.y != 0

    def dot(self, other):
        return self.x * other.x + self.y * other.y


a = Vector(3, 4)
b = Vector(-1, 2)
print(a, b)
print("a + b =", a + b)
print("a - b =", a - b)
print("a * 3 =", a * 3, " 2 * b =", 2 * b)
print("-a =", -a, " |a| =", abs(a))
print("a . b =", a.dot(b))
print("a == Vector(3, 4):", a == Vector(3, 4), " a == b:", a == b)
print("bool(zero):", bool(Vector(0, 0)), " bool(a):", bool(a))

path = [Vector(1, 0), Vector(0, 2), Vector(-3, 1), Vector(2, 2)]
print("sum of path:", sum(path))
pos = Vector(0, 0)
alias = pos
for step in path:
    pos += step
    print("  at", pos)
print("alias sees the in-place updates:", alias, alias is pos)
scaled = [2 * v for v in path]
print("doubled:", scaled)
print("longest step:", max(path, key=abs))
print("sum with a start:", sum(path, Vector(10, 10)))
print("sum of a generator:", sum(v * 2 for v in path), sum((v for v in path), Vector(1, 1)))
print("sum of lists and floats:", sum([[1], [2, 3], []], []), sum([0.5, 0.25, 0.125]), sum([1.5, 2.5], 1))
