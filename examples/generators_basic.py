# Generators: yield, yield from, infinite generators with next().
def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

def evens(xs):
    for x in xs:
        if x % 2 == 0:
            yield x

def chain(a, b):
    yield from a
    yield from b

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b

print(list(count_up(5)), list(evens(count_up(10))))
for w in chain(["a", "b"], ["c"]):
    print(w, end=" ")
print()
g = fib()
print([next(g) for _ in range(10)])
total = 0
for v in count_up(100):
    total += v
print(total, next(count_up(0), -1))
