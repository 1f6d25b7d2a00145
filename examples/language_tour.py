# Classes with inheritance and dunders, tuples, dicts, comprehensions, slices, f-strings, isinstance.
class Vector:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vector(self.x + other.x, self.y + other.y)

    def __repr__(self):
        return f"Vector({self.x}, {self.y})"

    def length2(self):
        return self.x * self.x + self.y * self.y


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def describe(self):
        return self.name + " with area " + str(self.area())


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Shape):
    def __init__(self, s):
        super().__init__("square")
        self.s = s

    def area(self):
        return self.s * self.s * 1.0


v = Vector(1, 2) + Vector(3, 4)
print(v, v.length2())
shapes = [Circle(1.0), Square(2.0), Circle(0.5)]
for s in shapes:
    print(s.describe())
print(Shape.count)
pairs = [(1, "one"), (2, "two")]
for n, name in pairs:
    print(n, name)
d = {"a": 1, "b": 2}
d["c"] = 3
for k in d:
    print(k, d[k])
print(d, len(d), sorted(d.keys()), list(d.values()))
sq = [x * x for x in range(6) if x % 2 == 0]
print(sq, {x: x * 2 for x in range(3)}, {1, 2, 3})
words = "the quick brown fox".split()
print(words, "-".join(words), words[1:3], "hello"[::-1])
t = (1, 2.5, "x")
a, b, c = t
print(t, a, b, c, t[0], t[-1])
print(f"{3.14159:.2f} {42:>5} {'s'!r} {1000000:,}")
print("%d items at %.1f" % (3, 2.5))
for i, w in enumerate(words):
    print(i, w)
print(isinstance(v, Vector))
