"""The functools module as Krait implements it (cpp-runtime/include/krait/functools_module.h):
reduce."""
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
A = TypeVar("A")


@cpp("krait::functools::reduce")
def reduce(function: Callable[[A, T], A], iterable: Iterable[T], initial: A) -> A: ...
@cpp("krait::functools::reduce")
def reduce(function: Callable[[T, T], T], iterable: Iterable[T]) -> T: ...
