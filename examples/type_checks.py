# type(x) compared with classes and with type(y), and printed.


def describe(x):
    if type(x) is int:
        return "int " + str(x + 1)
    if type(x) == str:
        return "str " + x.upper()
    if type(x) is bool:
        return "bool " + str(not x)
    if type(x) is not float:
        return "other " + str(len(x))
    return "float " + str(x * 2)


class Shape:
    def __init__(self, name):
        self.name = name

    def __eq__(self, other):
        if type(self) is not type(other):
            return False
        return self.name == other.name

    def __repr__(self):
        return f"{type(self).__name__}({self.name!r})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def area(s):
    if type(s) is Circle:
        return round(3.14159 * s.r * s.r, 2)
    if type(s) == Square:
        return float(s.side * s.side)
    return 0.0


print(describe(1), describe("abc"), describe(True), describe(2.5), describe([1, 2, 3]))

shapes = [Circle(1), Square(2), Shape("blob"), Circle(3)]
for s in shapes:
    print(repr(s), area(s), type(s) is Shape, type(s) == Circle, type(s) is type(shapes[0]))
print(Circle(1) == Circle(5), Circle(1) == Square(1), Shape("a") == Shape("a"))
print([type(s).__name__ for s in shapes if type(s) is not Circle])

p = Point(1, 2)
print(type(p) is Point, type(p) is Shape, type(3) is type(4), type(3) is type(3.0), type(True) is int)
print(type(3), type(2.5), type("s"), type(True), type(None), type([1]), type({1: 2}), type((1, 2)))
print(type(p), type(shapes[1]), type(set([1])), type(frozenset([1])))
maybe = None
for s in shapes:
    if s.name == "blob":
        maybe = s
print(type(maybe), str(type(shapes[0])), f"[{type(p)}] [{type(1.5)!s}]")
try:
    raise KeyError("k")
except Exception as e:
    print(type(e), type(e).__name__)
