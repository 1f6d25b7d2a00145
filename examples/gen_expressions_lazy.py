# Generator expressions are lazy: any/all stop early, next() takes one item, user functions get a generator.
def noisy(n):
    for i in range(n):
        print("gen", i)
        yield i
print(any(x > 1 for x in noisy(10)))
print(all(x < 1 for x in noisy(10)))
print(any(range(0)), all(range(1, 3)), any([0, 0, 3]), all("abc"), any({0: 1}), all(set()))
g = (c.upper() for c in "hey")
print(next(g), list(g))
def total(xs):
    return sum(xs)
print(total(x * 2 for x in range(5)))
for i, sq in enumerate(x * x for x in range(4)):
    print(i, sq)
print(list(zip((a for a in "ab"), (b for b in [1, 2, 3]))))
print(", ".join(str(x) for x in range(3)), max(len(w) for w in ["a", "bbb"]))
