# for loops straight over combinatoric iterators: break, continue, nesting, empty and lazy pools.
from itertools import combinations, combinations_with_replacement, permutations, product


def pool(n):
    print("pool of", n)
    for i in range(n):
        yield i * 3


found = None
for a, b, c in permutations(pool(5), 3):
    if a == 0:
        continue
    if a + b + c == 27:
        found = (a, b, c)
        break
print("found", found)
count = 0
for x, y in combinations(range(6), 2):
    for z, in combinations([x, y, 7], 1):
        count += z
print("count", count)
for q in product(range(0), repeat=2):
    print("never", q)
for t in combinations("ab", 3):
    print("never", t)
print([s + t for s, t in combinations_with_replacement("xyz", 2)])
print(sum(i * j for i, j in product(range(3), [10, 20])))
for i, s in product(range(2), "ab"):
    print(i, s)
total = 0
for i, j in product(range(4), repeat=2):
    if i == j:
        continue
    total += i - j if i > j else j
print("total", total)
