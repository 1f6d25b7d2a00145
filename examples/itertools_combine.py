# itertools: accumulate, chain, groupby, pairwise, starmap, zip_longest and tee.
import itertools
import operator
from itertools import accumulate, chain, groupby, pairwise, starmap, tee, zip_longest

# accumulate: running sums, other functions, initial values
print(list(accumulate([1, 2, 3, 4, 5])), list(accumulate([1.5, 2.25, -1.0])), list(accumulate("abc")))
print(list(accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)), list(accumulate([1, 2, 3, 4], operator.mul)))
print(list(accumulate([1, 2, 3], initial=100)), list(accumulate([], initial=7)), list(accumulate([])))
print(list(accumulate([5, 2, 8], lambda a, b: a * 10 + b)), list(accumulate([1, 2], None)))
print(list(accumulate([2, 3, 4], operator.mul, initial=10)), list(accumulate([[1], [2, 3]])))
balance = list(accumulate([100, -20, -30, 55, -5]))
print(balance, min(balance))

# chain: one iterable after another, of any kinds
print(list(chain([1, 2], range(3, 5), [5, 6])), list(chain("ab", "", "cd")), list(chain()))
print(sorted(chain({3, 1}, [2, 0])), sum(chain([1, 2], [3])), list(chain(range(2))))
print(list(chain.from_iterable([[1, 2], [], [3]])), list(itertools.chain.from_iterable(["ab", "cd"])))
print(sum(chain.from_iterable([range(3), range(4)])), list(chain.from_iterable(itertools.repeat([7, 8], 2))))
rows = [[1, 2, 3], [4, 5, 6]]
print([x * 10 for x in chain.from_iterable(rows)], list(chain.from_iterable(pairwise("abc"))))
seen = []
for item in chain(["a"], itertools.repeat("b", 2), "cd"):
    seen.append(item)
print(seen)

# groupby: runs of equal keys, each group a list here
for key, group in groupby("AAAABBBCCDAABBB"):
    print(key, list(group))
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3, 1])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, ws in groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(ws))
for length, ws in groupby(words, len):
    print(length, list(ws))
print(list(groupby(range(0))), [k for k, _ in groupby([5, 5, 5], None)])
by_parity = {}
for odd, nums in groupby([1, 3, 5, 2, 4, 7, 9, 8], key=lambda n: n % 2 == 1):
    by_parity.setdefault(odd, []).append(sum(nums))
print(by_parity)

# pairwise: overlapping pairs
print(list(pairwise([1, 4, 9, 16, 25])), list(pairwise("abc")), list(pairwise([1])), list(pairwise(range(0))))
print([b - a for a, b in pairwise([3, 7, 8, 15, 20])])

# starmap: a function applied to argument tuples
print(list(starmap(pow, [(2, 5), (3, 2), (10, 3)])), list(starmap(operator.add, zip("abc", "xyz"))))
print(list(starmap(lambda a, b, c: a * b + c, [(1, 2, 3), (4, 5, 6)])), list(starmap(lambda s: s.upper(), [("hi",)])))
points = [(0, 0), (3, 4), (6, 8)]
print(list(starmap(lambda x, y: (x * x + y * y) ** 0.5, points)))

# zip_longest: pads the shorter input
print(list(zip_longest([1, 2, 3], [10, 20], fillvalue=0)), list(zip_longest("abc", "x", fillvalue="-")))
print(list(zip_longest([1, 2], [5, 6, 7], fillvalue=-1)), list(zip_longest(range(0), range(0), fillvalue=0)))
for left, right in zip_longest(["x", "y"], ["p"], fillvalue="?"):
    print(left, right)

# tee: independent iterators over one input
a, b = tee([1, 2, 3, 4])
print(list(a), list(b))
first, second = tee(itertools.count(1))
print(next(first), next(first), next(first), next(second))
x, y, z = tee("hey", 3)
print(list(x), "".join(list(y)), list(z))
evens, odds = tee(range(10))
print([n for n in evens if n % 2 == 0], [n for n in odds if n % 2])
long_a, long_b = tee(range(1000))
print(sum(long_a), max(long_b))
