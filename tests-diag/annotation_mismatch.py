# Type hints are checked against the inferred types: a contradiction is an error at the hint.
from typing import List, Optional


class Point:
    def __init__(self, x: int, y: int) -> None:
        self.x = x
        self.y = y


def scale(p: Point, k: float) -> Point:
    return Point(p.x * int(k), p.y * int(k))


def label(n: int) -> str:  # error: the return value of 'label' is annotated 'str' but holds int
    return n * 2


def total(xs: List[int]) -> int:  # error: parameter 'xs' is annotated 'List\[int\]' but holds list\[float\]
    return len(xs)


def show(p: Point) -> str:  # error: parameter 'p' is annotated 'Point' but holds int
    return str(p)


def first(names: List[str]) -> Optional[str]:
    return names[0] if names else None


count: int = 0
ratio: float = 2
share: int = 2.5  # error: variable 'share' is annotated 'int' but holds float
print(scale(Point(1, 2), 2).x, label(3), first(["a"]), ratio, count, share)
print(total([1.5, 2.5]))
print(show(5))
