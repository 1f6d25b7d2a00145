"""typing.NamedTuple classes with defaults and methods, subclasses of namedtuple(), defaults=."""
from typing import NamedTuple
import math
from collections import namedtuple


class Point(NamedTuple):
    """A point."""
    x: float
    y: float = 0.0

    def norm(self) -> float:
        return math.hypot(self.x, self.y)

    def __str__(self):
        return f"<{self.x}, {self.y}>"


class Vec(namedtuple("Vec", "dx dy")):
    __slots__ = ()

    def length(self):
        return (self.dx ** 2 + self.dy ** 2) ** 0.5


Color = namedtuple("Color", "r g b", defaults=[0, 255])


class Pixel(Color):
    def bright(self):
        return self.r + self.g + self.b > 300


p = Point(3.0, 4.0)
print(p, repr(p), p.norm(), Point(1.5), Point(y=2.0, x=1.0))
x, y = p
print(x, y, p[0], p._replace(y=1.0), Point._fields, p._asdict())
v = Vec(3, 4)
print(v, v.length(), v + (5,), v._replace(dx=0), list(v))
print(Color(1), Color(1, 2), Color(1, 2, 3))
px = Pixel(200, 100, 50)
print(px, px.bright(), px._replace(b=0), Pixel._make([1, 2, 3]), px == (200, 100, 50))
pts = sorted([Point(2.0, 1.0), Point(1.0, 5.0), Point(1.0, 2.0)])
print(pts, max(pts), {Point(1.0, 2.0): "a"}[Point(1.0, 2.0)])


# class patterns through the fields (__match_args__), sequence patterns as a tuple
class Cmd(NamedTuple):
    verb: str
    arg: int = 0


def run(c):
    match c:
        case Cmd("go", n):
            return "go " + str(n)
        case Cmd(verb="stop"):
            return "stop"
        case _:
            return "?"


def where(v):
    match v:
        case Vec(0, 0):
            return "origin"
        case (0, dy):
            return "vertical " + str(dy)
        case Vec(dx=dx, dy=dy):
            return f"at {dx},{dy}"


print([run(c) for c in [Cmd("go", 3), Cmd("stop"), Cmd("x")]])
print([where(v) for v in [Vec(0, 0), Vec(0, 5), Vec(1, 2)]])
