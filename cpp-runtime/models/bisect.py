"""The bisect module as Krait implements it (cpp-runtime/include/krait/bisect_module.h): CPython's
loops over a list, with lo, hi and key=."""
from typing import Callable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


@cpp("krait::bisect::bisect_left_by")
def bisect_left(a: list[T], x: K, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> int: ...
@cpp("krait::bisect::bisect_left")
def bisect_left(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> int: ...


@cpp("krait::bisect::bisect_right_by")
def bisect_right(a: list[T], x: K, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> int: ...
@cpp("krait::bisect::bisect_right")
def bisect_right(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> int: ...


@cpp("krait::bisect::bisect_right_by")
def bisect(a: list[T], x: K, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> int: ...
@cpp("krait::bisect::bisect_right")
def bisect(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> int: ...


@cpp("krait::bisect::insort_left_by")
def insort_left(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> None: ...
@cpp("krait::bisect::insort_left")
def insort_left(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> None: ...


@cpp("krait::bisect::insort_right_by")
def insort_right(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> None: ...
@cpp("krait::bisect::insort_right")
def insort_right(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> None: ...


@cpp("krait::bisect::insort_right_by")
def insort(a: list[T], x: T, lo: int = 0, hi: int | None = None, *, key: Callable[[T], K]) -> None: ...
@cpp("krait::bisect::insort_right")
def insort(a: list[T], x: T, lo: int = 0, hi: int | None = None) -> None: ...
