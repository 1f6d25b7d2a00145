"""The heapq module as Krait implements it (cpp-runtime/include/krait/heapq_module.h): CPython's
algorithms over a list, comparing with `<`. merge() returns a list instead of an iterator."""
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
K = TypeVar("K")


@cpp("krait::heapq::heappush")
def heappush(heap: list[T], item: T) -> None: ...


@cpp("krait::heapq::heappop")
def heappop(heap: list[T]) -> T: ...


@cpp("krait::heapq::heappushpop")
def heappushpop(heap: list[T], item: T) -> T: ...


@cpp("krait::heapq::heapreplace")
def heapreplace(heap: list[T], item: T) -> T: ...


@cpp("krait::heapq::heapify")
def heapify(x: list[T]) -> None: ...


@cpp("krait::heapq::nlargest_by")
def nlargest(n: int, iterable: list[T], *, key: Callable[[T], K]) -> list[T]: ...
@cpp("krait::heapq::nlargest")
def nlargest(n: int, iterable: list[T]) -> list[T]: ...
@cpp("krait::heapq::nlargest_of")
def nlargest(n: int, iterable: Iterable[T], *, key: Callable[[T], K]) -> list[T]: ...
@cpp("krait::heapq::nlargest_of")
def nlargest(n: int, iterable: Iterable[T]) -> list[T]: ...


@cpp("krait::heapq::nsmallest_by")
def nsmallest(n: int, iterable: list[T], *, key: Callable[[T], K]) -> list[T]: ...
@cpp("krait::heapq::nsmallest")
def nsmallest(n: int, iterable: list[T]) -> list[T]: ...
@cpp("krait::heapq::nsmallest_of")
def nsmallest(n: int, iterable: Iterable[T], *, key: Callable[[T], K]) -> list[T]: ...
@cpp("krait::heapq::nsmallest_of")
def nsmallest(n: int, iterable: Iterable[T]) -> list[T]: ...


@cpp("krait::heapq::merge")
def merge(*iterables: list[T]) -> list[T]: ...
