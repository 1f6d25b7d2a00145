"""Shapes with an abstract base class, a 2-D vector type and operator overloading."""
from abc import ABC, abstractmethod
import math
from functools import total_ordering


class Vec:
    __slots__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def __sub__(self, other):
        return Vec(self.x - other.x, self.y - other.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __rmul__(self, k):
        return self * k

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __abs__(self):
        return math.hypot(self.x, self.y)

    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y

    def __hash__(self):
        return hash((self.x, self.y))

    def dot(self, other):
        return self.x * other.x + self.y * other.y

    def cross(self, other):
        return self.x * other.y - self.y * other.x

    def rotated(self, degrees):
        r = math.radians(degrees)
        c, s = math.cos(r), math.sin(r)
        return Vec(round(self.x * c - self.y * s, 9), round(self.x * s + self.y * c, 9))

    def __iter__(self):
        yield self.x
        yield self.y

    def __repr__(self):
        return f"Vec({self.x:g}, {self.y:g})"


@total_ordering
class Shape(ABC):
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    @abstractmethod
    def translate(self, v):
        ...

    def __eq__(self, other):
        return self.area() == other.area()

    def __lt__(self, other):
        return self.area() < other.area()

    def describe(self):
        return (f"{self.name:<10} {type(self).__name__:<9} area={self.area():9.3f} "
                f"perimeter={self.perimeter():8.3f}")


class Circle(Shape):
    def __init__(self, name, center, radius):
        super().__init__(name)
        if radius <= 0:
            raise ValueError(f"radius must be positive, got {radius}")
        self.center = center
        self.radius = radius

    def area(self):
        return math.pi * self.radius ** 2

    def perimeter(self):
        return 2 * math.pi * self.radius

    def translate(self, v):
        self.center = self.center + v

    def contains(self, p):
        return abs(p - self.center) <= self.radius


class Polygon(Shape):
    def __init__(self, name, points):
        super().__init__(name)
        if len(points) < 3:
            raise ValueError(f"{name}: a polygon needs at least 3 points")
        self.points = list(points)

    def edges(self):
        n = len(self.points)
        for i in range(n):
            yield self.points[i], self.points[(i + 1) % n]

    def area(self):
        return abs(sum(a.cross(b) for a, b in self.edges())) / 2

    def perimeter(self):
        return sum(abs(b - a) for a, b in self.edges())

    def translate(self, v):
        self.points = [p + v for p in self.points]

    def centroid(self):
        n = len(self.points)
        total = Vec(0.0, 0.0)
        for p in self.points:
            total = total + p
        return Vec(total.x / n, total.y / n)

    def is_convex(self):
        signs = set()
        pts = self.points
        n = len(pts)
        for i in range(n):
            a, b, c = pts[i], pts[(i + 1) % n], pts[(i + 2) % n]
            z = (b - a).cross(c - b)
            if z != 0:
                signs.add(z > 0)
        return len(signs) <= 1


class Rect(Polygon):
    def __init__(self, name, corner, w, h):
        x, y = corner
        super().__init__(name, [Vec(x, y), Vec(x + w, y), Vec(x + w, y + h), Vec(x, y + h)])
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h


def bounding_box(shapes):
    xs, ys = [], []
    for s in shapes:
        if isinstance(s, Circle):
            cx, cy = s.center
            xs += [cx - s.radius, cx + s.radius]
            ys += [cy - s.radius, cy + s.radius]
        elif isinstance(s, Polygon):
            xs.extend(p.x for p in s.points)
            ys.extend(p.y for p in s.points)
    return (min(xs), min(ys)), (max(xs), max(ys))


def main():
    a = Vec(3.0, 4.0)
    b = Vec(-1.0, 2.0)
    print(a + b, a - b, 2 * a, a * 0.5, -b)
    print(abs(a), a.dot(b), a.cross(b), a == Vec(3.0, 4.0), a != b)
    print(a.rotated(90), b.rotated(180), len({a, Vec(3.0, 4.0), b}))
    x, y = a
    print(f"unpacked x={x} y={y}")

    shapes = [
        Circle("sun", Vec(0.0, 0.0), 2.5),
        Rect("door", (1.0, 0.0), 2.0, 4.0),
        Polygon("kite", [Vec(0.0, 0.0), Vec(2.0, 1.0), Vec(0.0, 4.0), Vec(-2.0, 1.0)]),
        Polygon("arrow", [Vec(0.0, 0.0), Vec(4.0, 2.0), Vec(0.0, 4.0), Vec(1.0, 2.0)]),
        Circle("dot", Vec(5.0, 5.0), 0.25),
        Rect("square", (-3.0, -3.0), 3.0, 3.0),
    ]
    for bad in [lambda: Circle("void", Vec(0.0, 0.0), 0.0), lambda: Polygon("line", [Vec(0.0, 0.0), Vec(1.0, 1.0)])]:
        try:
            bad()
        except ValueError as e:
            print("rejected:", e)
    try:
        Shape("abstract")
    except TypeError as e:
        print("TypeError:", e)

    for s in shapes:
        print(s.describe())
    print("sorted by area:", [s.name for s in sorted(shapes)])
    print("largest:", max(shapes).name, "smallest:", min(shapes).name)
    print("door == square?", shapes[1].area() == shapes[5].area(), " door > kite?", shapes[1].area() > shapes[2].area())
    for s in shapes:
        if isinstance(s, Polygon):
            c = s.centroid()
            print(f"{s.name}: convex={s.is_convex()} centroid=({c.x:.2f}, {c.y:.2f})")
    (x0, y0), (x1, y1) = bounding_box(shapes)
    print(f"bounding box: ({x0}, {y0}) .. ({x1}, {y1})")
    for s in shapes:
        s.translate(Vec(10.0, -1.0))
    (x0, y0), (x1, y1) = bounding_box(shapes)
    print(f"after move:   ({x0}, {y0}) .. ({x1}, {y1})")
    sun = shapes[0]
    if isinstance(sun, Circle):
        probes = [Vec(10.0, -1.0), Vec(12.0, 1.0), Vec(13.0, -1.0), Vec(12.5, -1.0)]
        print("inside sun:", [p for p in probes if sun.contains(p)])
    print("shapes made:", Shape.count)
    total = sum(s.area() for s in shapes)
    print(f"total area {total:.4f}, mean {total / len(shapes):.4f}")


main()
