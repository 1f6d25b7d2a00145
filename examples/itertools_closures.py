# itertools iterators made in a function and consumed after it returned keep their callbacks
from itertools import takewhile, count, accumulate, groupby


def below(limit: int):
    return takewhile(lambda x: x < limit, count(1))


def scaled(k: int):
    return accumulate([1, 2, 3, 4], lambda a, b: a * k + b)


it = below(5)
junk = [str(i) * 50 for i in range(1000)]
print(list(it))
print(list(scaled(10)))


def words_by(n: int):
    return groupby(["aa", "ab", "ba", "bb", "ca"], key=lambda w: w[:n])


print([(k, list(g)) for k, g in words_by(1)])
