# A dataclass field without a default after one with a default: CPython's TypeError at the class.
from dataclasses import dataclass


@dataclass
class Point:
    x: int = 0
    y: int  # error: non-default argument 'y' follows default argument


print(Point(1, 2))
