# Comparisons and operators between objects of sibling classes that define their own special
# methods, dataclass comparisons between different classes, and __eq__ without __hash__.
from dataclasses import dataclass


class Shape:
    def area(self):
        return 0.0

    def __add__(self, other):
        return self.area() + other.area()


class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __hash__(self):
        return hash(self.area())

    def __repr__(self):
        return "Circle(%r)" % self.r


class Rect(Shape):
    def __init__(self, w, h):
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __hash__(self):
        return hash(self.area())

    def __repr__(self):
        return "Rect(%r, %r)" % (self.w, self.h)


shapes = [Circle(1.0), Rect(2.0, 3.0), Circle(0.5), Rect(1.0, 3.0)]
print(sorted(shapes))
print(sorted(shapes, reverse=True))
print(max(shapes), min(shapes))
print(Rect(3.0, 1.0) in shapes, Rect(3.0, 2.0) in shapes, shapes.index(Rect(1.0, 3.0)))
print(len({Circle(1.0), Rect(1.0, 3.0), Rect(3.0, 1.0)}))
for a in shapes:
    row = []
    for b in shapes:
        row.append("%s%s %s" % ("<" if a < b else "", "=" if a == b else "", a + b))
    print(" | ".join(row))
x = shapes[1]
y = shapes[3]
print(x < y, x > y, x == y, x != y, y < x < shapes[0], shapes[2] < y < x)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0


@dataclass(order=True)
class Release(Version):
    name: str = ""


@dataclass(order=True)
class Draft(Version):
    name: str = ""


items = [Release(1, 2, "a"), Draft(1, 2, "a"), Release(0, 5)]
print(items[0] == items[1], items[0] == Release(1, 2, "a"), items[0] != items[1])
print(Release(1, 2, "a") in items, Draft(1, 2, "a") in items, Draft(0, 5) in items, items.index(Draft(1, 2, "a")))
print(sorted([Release(3, 1), Release(1, 1), Release(2, 0)]))
try:
    print(items[0] < items[1])
except TypeError as e:
    print("TypeError:", e)
try:
    print(sorted(items))
except TypeError as e:
    print("TypeError:", e)
try:
    print(max(items))
except TypeError as e:
    print("TypeError:", e)


class Point:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x


class Key:
    def __init__(self, x):
        self.x = x

    def __eq__(self, other):
        return self.x == other.x

    def __hash__(self):
        return hash(self.x)


class SubKey(Key):
    pass


d = {Key(1): "one", SubKey(2): "two"}
print(d[Key(1)], d[SubKey(2)], Key(2) in d, len({Key(1), Key(1), SubKey(1)}))
print(hash(SubKey(5)) == hash(5))
print(Point(1) == Point(1), Point(1) != Point(2), Point(3) in [Point(1), Point(3)])
try:
    print(hash(Point(1)))
except TypeError as e:
    print("TypeError:", e)
try:
    s = {Point(1)}
    print(len(s))
except TypeError as e:
    print("TypeError:", e)
try:
    print({Point(2): 1})
except TypeError as e:
    print("TypeError:", e)
