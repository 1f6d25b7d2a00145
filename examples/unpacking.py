# Unpacking: tuple and nested unpacking, starred targets, swaps, unpacking in for loops, zip(*rows), return tuples.


def min_max_mean(values):
    return min(values), max(values), sum(values) / len(values)


a, b = 1, 2
a, b = b, a
print(a, b)
(x, y), z = (3, 4), 5
print(x, y, z)
first, *middle, last = [10, 20, 30, 40, 50]
print(first, middle, last)
head, *tail = "krait"
print(head, tail)
*init, end = (1, 2)
print(init, end)
lo, hi, mean = min_max_mean([4, 8, 15, 16, 23, 42])
print(f"lo={lo} hi={hi} mean={mean:.2f}")
points = [(1, 2), (3, 4), (5, 6)]
for px, py in points:
    print(px * py, end=" ")
print()
records = [("ann", (1990, 5, 17)), ("bob", (1985, 12, 1))]
for name, (year, month, day) in records:
    print(f"{name}: {day:02d}/{month:02d}/{year}")
for i, (k, v) in enumerate({"u": 1, "v": 2}.items()):
    print(i, k, v)
rows = [[1, 2, 3], [4, 5, 6]]
cols = list(zip(*rows))
print(cols, [list(c) for c in zip(*cols)])
for n, *rest in [[1, 2, 3], [4], [5, 6]]:
    print(n, rest)
merged = [*range(3), *[7, 8], *(n * 10 for n in (1, 2))]
print(merged)
p, q, r = "xyz"
print(r, q, p)
matrix = [[1, 2], [3, 4]]
[[m11, m12], [m21, m22]] = matrix
print("det", m11 * m22 - m12 * m21)
fib = [0, 1]
for _ in range(10):
    *_, second_last, very_last = fib
    fib.append(second_last + very_last)
print(fib)
