# combinations, permutations and product(repeat=) with r or repeat known only at run time
# yield tuples of run-time length.
import itertools
from itertools import permutations, combinations, product
xs = [1, 2, 3, 4]
for k in range(0, 4):
    for combo in itertools.combinations(xs, k):
        print(combo, end=" ")
    print()
k = 2
print(list(itertools.combinations_with_replacement("ab", k)))
print(list(permutations(xs[:k + 1], k)))
def perms(ys):
    return list(permutations(ys))
print(perms([1, 2, 3]), perms([]))
n = 2
print(list(product("ab", repeat=n)), list(product([0, 1], repeat=0)))
print(sum(1 for c in combinations(range(10), n + 2)))
try:
    list(combinations(xs, -k))
except ValueError as e:
    print(e)
try:
    list(product(xs, repeat=-k))
except ValueError as e:
    print(e)
print(list(combinations(xs, 7)))
for c in combinations(xs, 2):
    print(c)
