# len(list(xs)) of a list counts the list's items without copying it; other iterables still go
# through list().
from itertools import groupby


def lengths(words: list) -> list:
    return [len(list(g)) for _, g in groupby(words, key=lambda w: w[0])]


def main() -> None:
    xs = [3, 1, 4, 1, 5]
    n = len(list(xs))
    xs.append(9)
    print(n, len(list(xs)), xs)
    empty: list[int] = []
    print(len(list(empty)))
    print(lengths(["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]))
    print(len(list(x * x for x in xs if x > 1)))
    print(len(list("héllo")), len(list(range(2, 20, 3))), len(list({1: 2, 3: 4})))
    grid = [[1, 2], [3], []]
    print([len(list(row)) for row in grid])
    copy = list(xs)
    copy.append(7)
    print(len(xs), len(copy))


main()
