# Closures with nonlocal, functions as values, lambdas as sort keys, map and filter.
def make_counter():
    count = 0
    def increment(step):
        nonlocal count
        count += step
        return count
    return increment

def apply_twice(f, x):
    return f(f(x))

def square(n):
    return n * n

c = make_counter()
print(c(1), c(5), c(10))
print(apply_twice(square, 3), apply_twice(lambda v: v + 1, 10))
words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=lambda w: w.lower()))
print(sorted(words, key=len, reverse=True), sorted(words, key=lambda w: len(w), reverse=True))
pairs = [(3, "c"), (1, "a"), (2, "b")]
pairs.sort(key=lambda p: p[0])
print(pairs, max(pairs, key=lambda p: p[1]), min(words, key=lambda w: len(w)))
print(list(map(lambda x: x * 2, [1, 2, 3])), list(filter(lambda x: x % 2 == 1, range(10))))

def outer(base):
    def add(x):
        return x + base
    total = 0
    for i in range(4):
        total += add(i)
    return total
print(outer(10), outer(100))
