# Objects of several subclasses compared through methods their base defines: sorting, min/max,
# `in` and list.index compare a Circle with a Rect by the base's __lt__/__eq__.
import math


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(type(self).__name__)

    def __lt__(self, other):
        return self.area() < other.area()

    def __eq__(self, other):
        return self.area() == other.area()

    def __repr__(self):
        return f"{type(self).__name__}({self.area():.2f})"


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return math.pi * self.r ** 2


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


class Square(Rect):
    def __init__(self, side):
        super().__init__(side, side)


class Blob(Shape):
    pass


shapes = [Circle(1.5), Rect(2.0, 3.5), Square(2.0), Circle(0.5), Rect(1.0, 4.0)]
print(sorted(shapes))
print(sorted(shapes, reverse=True))
print(min(shapes), max(shapes))
print(Square(2.0) in shapes, Rect(2.0, 2.0) in shapes, Circle(3.0) in shapes)
print(shapes.index(Rect(4.0, 1.0)))
shapes.sort()
print(shapes)
print(Circle(1.0) < Rect(1.0, 4.0), Rect(1.0, 1.0) == Square(1.0))
try:
    print(sorted([Circle(1.0), Blob("blob")]))
except NotImplementedError as e:
    print("NotImplementedError:", e)
