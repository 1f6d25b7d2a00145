"""The functools module as Krait implements it (cpp-runtime/include/krait/functools_module.h):
reduce. lru_cache, cache (with f.cache_info() and f.cache_clear()), total_ordering, cmp_to_key
and partial are rewritten into plain code before type inference (krait.desugar.FunctoolsDecorators); partial(f, ...) of a function whose
signature is not known there (a builtin, an imported function) takes one more argument."""
from typing import Callable, Iterable, TypeVar

T = TypeVar("T")
A = TypeVar("A")


@cpp("krait::functools::reduce")
def reduce(function: Callable[[A, T], A], iterable: Iterable[T], initial: A) -> A: ...
@cpp("krait::functools::reduce")
def reduce(function: Callable[[T, T], T], iterable: Iterable[T]) -> T: ...
