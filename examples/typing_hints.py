"""Type hints everywhere: typing imports, annotated assignments, parameters and returns,
generic classes. Hints change nothing at run time."""
from __future__ import annotations

import typing
from typing import Any, Callable, Dict, Generic, Iterable, Iterator, List, Optional, Set, Tuple, TypeVar, Union

T = TypeVar("T")
K = typing.TypeVar("K")


class Box(Generic[T]):
    label: str = "box"
    count: int

    def __init__(self, item: T) -> None:
        self.item: T = item
        self.history: list[T] = [item]

    def put(self, item: T) -> None:
        self.item = item
        self.history.append(item)

    def get(self) -> T:
        return self.item


class Registry(typing.Generic[K, T]):
    def __init__(self) -> None:
        self.entries: Dict[str, int] = {}

    def add(self, key: str, value: int) -> "Registry":
        self.entries[key] = value
        return self


def apply_all(xs: List[int], f: Callable[[int], int]) -> List[int]:
    out: List[int] = []
    for x in xs:
        out.append(f(x))
    return out


def pairs(d: Dict[str, float]) -> List[Tuple[str, float]]:
    result: list[tuple[str, float]] = []
    for k, v in d.items():
        result.append((k, v))
    return result


def count_up(n: int) -> Iterator[int]:
    i: int = 0
    while i < n:
        yield i
        i += 1


def total(xs: Iterable[float]) -> float:
    s: float = 0.0
    for x in xs:
        s += x
    return s


def unique(words: list[str]) -> Set[str]:
    seen: set[str] = set()
    for w in words:
        seen.add(w)
    return seen


def first_or(xs: List[str], default: Optional[str] = None) -> Union[str, None]:
    if xs:
        return xs[0]
    return default


def describe(x: Any) -> str:
    return "value " + str(x)


limit: int = 3
ratio: float
ratio = 0.5
names: List[str] = ["ada", "bob", "ada"]

b = Box(1)
b.put(2)
print(b.get(), b.history, Box.label)
b.put(b.get() * 10)
print(b.get(), b.history)
r = Registry().add("a", 1).add("b", 2)
print(r.entries)
print(apply_all([1, 2, 3], lambda v: v * limit))
print(pairs({"pi": 3.14, "e": 2.72}))
print(list(count_up(4)), total([1.5, 2.5]) * ratio)
print(sorted(unique(names)))
print(first_or(names), first_or([]), describe(42))
print(typing.cast(int, limit) + 1)
