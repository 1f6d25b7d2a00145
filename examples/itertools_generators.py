# itertools over generators and deques: inputs advance only as far as the consumer has taken
from itertools import takewhile, islice, chain, cycle, groupby, accumulate
from collections import deque


def squares():
    n = 0
    while True:
        yield n * n
        n += 1


print(list(takewhile(lambda x: x < 50, squares())))
g = squares()
print(list(islice(g, 3)), next(g), list(islice(g, 2)))
d = deque([3, 1, 2])
print(list(chain(d, {9: 1}, [4])), list(islice(cycle(d), 7)))
print([(k, sum(v)) for k, v in groupby(islice(squares(), 10), key=lambda s: s % 2)])
print(list(accumulate(islice(squares(), 6))), next(islice(squares(), 4, None), -1))
from itertools import chain


def rows():
    for i in range(3):
        print("making row", i)
        yield [i, i]


c = chain.from_iterable(rows())
print(next(c), next(c), next(c))
t = takewhile(lambda x: x < 3, squares())
print(list(t), list(t))
