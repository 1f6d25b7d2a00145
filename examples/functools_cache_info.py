# functools.lru_cache / cache statistics: cache_info() and cache_clear().
from functools import cache, lru_cache
import functools


@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


@lru_cache(maxsize=3)
def square(x):
    return x * x


@cache
def edit_distance(a, b):
    if not a:
        return len(b)
    if not b:
        return len(a)
    if a[0] == b[0]:
        return edit_distance(a[1:], b[1:])
    return 1 + min(edit_distance(a[1:], b), edit_distance(a, b[1:]), edit_distance(a[1:], b[1:]))


@functools.lru_cache
def double(x):
    return 2 * x


@lru_cache(0)
def identity(x):
    return x


print(fib(40))
print(fib.cache_info())
info = fib.cache_info()
print(info.hits, info.misses, info.maxsize, info.currsize)
print("hit rate: %.3f" % (info.hits / (info.hits + info.misses)))
fib.cache_clear()
print(fib.cache_info())
print(fib(10), fib.cache_info())

for x in [1, 2, 3, 1, 4, 1, 2, 5]:
    square(x)
print(square.cache_info())
square.cache_clear()
print(square.cache_info().currsize, square(9), square.cache_info())

for a, b in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution")]:
    print(a, b, edit_distance(a, b))
stats = edit_distance.cache_info()
print(stats.currsize > 0, stats.maxsize, stats.hits + stats.misses == stats.currsize + stats.hits)

print(double(4), double(4), double(5), double.cache_info())
print(identity(1), identity(1), identity.cache_info())
