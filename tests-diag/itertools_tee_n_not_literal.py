# tee(it, n) returns a tuple of n iterators: n must be a literal for Krait to know its length
# (combinations(xs, k) and product(xs, repeat=k) with k a variable yield tuple[int, ...] instead)
from itertools import combinations, tee

xs = [1, 2, 3, 4]
k = 2
print(list(combinations(xs, k)))
a, b = tee(xs, 2)
print(list(a), list(b))
c, d = tee(xs, k)  # error: tee\(\) needs 'n' written as one of the int literals 1, 2, 3, 4, 5
