"""functools: @lru_cache / @cache memoising recursive functions, least-recently-used eviction,
@total_ordering deriving comparisons, cmp_to_key for sorted/sort/min/max, and reduce."""
import functools
from functools import cache, cmp_to_key, lru_cache, reduce, total_ordering

calls = [0]


@lru_cache(maxsize=None)
def fib(n: int) -> int:
    calls[0] += 1
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


@cache
def paths(rows: int, cols: int) -> int:
    if rows == 0 or cols == 0:
        return 1
    return paths(rows - 1, cols) + paths(rows, cols - 1)


@functools.lru_cache(maxsize=2)
def square(x: int) -> int:
    print("computing", x)
    return x * x


@lru_cache
def word_score(word: str, bonus: int = 0) -> int:
    return sum(ord(c) - 96 for c in word) + bonus


@total_ordering
class Money:
    def __init__(self, cents: int) -> None:
        self.cents = cents

    def __eq__(self, other: "Money") -> bool:
        return self.cents == other.cents

    def __lt__(self, other: "Money") -> bool:
        return self.cents < other.cents

    def __repr__(self) -> str:
        return f"${self.cents // 100}.{self.cents % 100:02d}"


@functools.total_ordering
class Version:
    def __init__(self, text: str) -> None:
        self.parts = [int(p) for p in text.split(".")]

    def __eq__(self, other: "Version") -> bool:
        return self.parts == other.parts

    def __ge__(self, other: "Version") -> bool:
        return self.parts >= other.parts

    def __str__(self) -> str:
        return ".".join(str(p) for p in self.parts)


def by_length_then_reverse(a: str, b: str) -> int:
    if len(a) != len(b):
        return len(a) - len(b)
    if a == b:
        return 0
    return 1 if a < b else -1


print(fib(80), calls[0])
print(fib(30), calls[0])
print(paths(10, 10), paths(16, 16))
for x in [1, 2, 1, 3, 1, 2]:
    print(square(x))
print(word_score("krait"), word_score("krait", 10), word_score("krait"))

a, b, c = Money(150), Money(99), Money(150)
print(a > b, a >= c, a <= b, b < a, a == c, a != b)
print(sorted([a, b, Money(5)]), max(a, b), min([a, b, c]))
v1, v2 = Version("1.10.0"), Version("1.9.3")
print(v1 > v2, v1 < v2, v1 <= v1, v2 >= v1, str(max(v1, v2)))

words = ["pear", "fig", "apple", "kiwi", "date", "banana"]
print(sorted(words, key=cmp_to_key(by_length_then_reverse)))
words.sort(key=functools.cmp_to_key(lambda x, y: ord(x[-1]) - ord(y[-1])))
print(words)
print(min(words, key=cmp_to_key(by_length_then_reverse)), max([3, 1, 2], key=cmp_to_key(lambda p, q: q - p)))
print(reduce(lambda acc, w: acc + len(w), words, 0), functools.reduce(max, [4, 9, 2]))
