# Callable objects with __call__: a memoizing wrapper, a counter, and a polynomial, used like functions.


class Memo:
    def __init__(self, fn):
        self.fn = fn
        self.cache = {}
        self.hits = 0

    def __call__(self, n):
        if n in self.cache:
            self.hits += 1
            return self.cache[n]
        result = self.fn(n)
        self.cache[n] = result
        return result


def slow_fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


fib = Memo(slow_fib)


class Polynomial:
    def __init__(self, coeffs):
        self.coeffs = coeffs  # lowest degree first

    def __call__(self, x):
        result = 0
        for c in reversed(self.coeffs):
            result = result * x + c
        return result

    def __len__(self):
        return len(self.coeffs)

    def __str__(self):
        terms = []
        for power, c in enumerate(self.coeffs):
            if c == 0:
                continue
            if power == 0:
                terms.append(str(c))
            elif power == 1:
                terms.append(f"{c}x")
            else:
                terms.append(f"{c}x^{power}")
        return " + ".join(reversed(terms))


class Counter:
    def __init__(self):
        self.calls = 0

    def __call__(self):
        self.calls += 1
        return self.calls


print("fib(80) =", fib(80), "cache size", len(fib.cache), "hits", fib.hits)
p = Polynomial([1, -3, 0, 2])
print("p(x) =", p, " degree", len(p) - 1)
print([p(x) for x in range(-3, 4)])
print("roots in [-10, 10]:", [x for x in range(-10, 11) if p(x) == 0])
tick = Counter()
for _ in range(4):
    tick()
print("ticks:", tick(), tick.calls)
print([p(fib(n)) for n in range(6)])
print("callable:", callable(p), callable(tick), callable(42))
