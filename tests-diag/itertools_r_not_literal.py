# combinations yields tuples of r items: r must be a literal for Krait to know their type
from itertools import combinations, permutations, product

xs = [1, 2, 3, 4]
k = 2
print(list(combinations(xs, 2)))
print(list(combinations(xs, k)))  # error: combinations\(\) needs 'r' written as one of the int literals 1, 2, 3, 4, 5, 6, 7, 8
print(list(permutations(xs)))  # error: permutations\(\) needs 'r' written as one of the int literals
print(list(product(xs, repeat=k + 1)))  # error: product\(\) needs 'repeat' written as one of the int literals
