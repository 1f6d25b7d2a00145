# itertools: compress, dropwhile, takewhile, filterfalse and islice.
from itertools import compress, count, dropwhile, filterfalse, islice, takewhile
import itertools


def is_small(n: int) -> bool:
    return n < 5


data = [1, 4, 6, 4, 1, 9, 2]
print(list(takewhile(is_small, data)), list(dropwhile(is_small, data)))
print(list(takewhile(lambda x: x < 0, data)), list(dropwhile(lambda x: x < 100, data)))
print(list(filterfalse(lambda x: x % 2, range(10))), list(filterfalse(None, [0, 1, 3, 2, 0])), list(filterfalse(None, ["", "a", ""])))
print(list(filterfalse(lambda c: c.isdigit(), "a1b2c3")))
print(list(compress("ABCDEF", [1, 0, 1, 0, 1, 1])), list(compress(range(10), [True, False] * 3)))
print(list(compress([1.5, 2.5, 3.5], [0, 1])), list(compress("abc", [])))

# takewhile stops an infinite count; words until the first short one
print(list(takewhile(lambda n: n * n < 50, count(1))))
words = "the quick brown fox jumps over a lazy dog".split()
print(list(takewhile(lambda w: len(w) > 2, words)), list(dropwhile(lambda w: len(w) > 2, words)))

# islice: stop, start/stop, start/stop/step, None bounds
letters = "abcdefghij"
print(list(islice(letters, 3)), list(islice(letters, 2, 5)), list(islice(letters, 1, None, 3)))
print(list(islice(letters, None)), list(islice(letters, 0)), list(islice(letters, 8, 100)))
print(list(islice(range(100), 10, 40, 7)), list(islice(letters, None, None, 4)))
print(list(islice(count(), 5, 25, 5)), list(islice([], 3)), list(islice(letters, 4, 2)))
lines = ["header", "a=1", "b=2", "c=3", "trailer"]
for line in islice(lines, 1, len(lines) - 1):
    print(line.split("="))

# islice continues an iterator where it stopped
it = itertools.count(1)
print(list(islice(it, 3)), list(islice(it, 3)), next(it))
for bad in [-1]:
    try:
        islice(letters, bad)
    except ValueError as e:
        print("ValueError:", e)
    try:
        islice(letters, bad, 3)
    except ValueError as e:
        print("ValueError:", e)
    try:
        islice(letters, 1, 3, 0)
    except ValueError as e:
        print("ValueError:", e)

# chained lazily: the numbers below 60 that are neither even nor multiples of 3
pipeline = filterfalse(lambda n: n % 3 == 0, filterfalse(lambda n: n % 2 == 0, takewhile(lambda n: n < 60, count(1))))
print(list(pipeline), sum(takewhile(lambda n: n < 10, count())))
