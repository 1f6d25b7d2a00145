# itertools: product, permutations, combinations and combinations_with_replacement (CPython's order).
import itertools
from itertools import combinations, combinations_with_replacement, permutations, product

print(list(product("ab", range(3))))
print(list(product([1, 2], [True], "xy")), list(product([1], [2], [3], [4])))
print(list(product([0, 1], repeat=3)))
print(list(product("ab", repeat=2)), list(product(range(2), repeat=1)), list(product(range(0), [1])))
print(len(list(product(range(4), repeat=4))), list(product("x")))

print(list(permutations([1, 2, 3], 2)))
print(list(permutations("abc", 3)), list(permutations("ab", 3)), list(permutations(range(4), 1)))
print(len(list(permutations(range(6), 4))), list(permutations([1.5, 2.5], 2)))
# without r, a list display, str literal or range of literals gives its length
print(list(permutations([1, 2, 3])), list(permutations("ab")), len(list(itertools.permutations(range(5)))))

print(list(combinations(range(5), 3)))
print(list(combinations("abcd", 2)), list(combinations("ab", 4)), list(combinations([7], 1)))
print(list(combinations_with_replacement("abc", 2)), list(combinations_with_replacement([1, 2], 3)))
print(list(combinations_with_replacement(range(0), 2)), len(list(combinations_with_replacement(range(5), 4))))

# a small search: triples of distinct numbers summing to a target
nums = [8, 3, 5, 1, 9, 2, 7]
print([t for t in combinations(nums, 3) if sum(t) == 15])

# the shortest route through four cities, by trying every order
dist = {("A", "B"): 5, ("A", "C"): 9, ("A", "D"): 4, ("B", "C"): 3, ("B", "D"): 8, ("C", "D"): 6}


def d(a: str, b: str) -> int:
    return dist[(a, b)] if (a, b) in dist else dist[(b, a)]


best = -1
best_route = ("", "", "")
for route in permutations("BCD", 3):
    length = d("A", route[0]) + d(route[0], route[1]) + d(route[1], route[2]) + d(route[2], "A")
    if best < 0 or length < best:
        best = length
        best_route = route
print(best, best_route)

# dice: how many ways two and three dice reach each total
totals = {}
for a, b in product(range(1, 7), repeat=2):
    totals[a + b] = totals.get(a + b, 0) + 1
print(totals)
print(sum(1 for t in product(range(1, 7), repeat=3) if sum(t) == 10))

# coin change with combinations_with_replacement: 3 coins making 30
print([c for c in combinations_with_replacement([5, 10, 20, 25], 3) if sum(c) == 30])
print(sorted({x * y for x, y in itertools.product(range(1, 5), range(1, 5))}))
print(next(permutations("xyz", 2)), next(itertools.combinations(range(10), 4)))
grid = [(r, c) for r, c in product(range(2), range(3))]
print(grid, list(map(sum, combinations([1, 2, 3, 4], 2))))
