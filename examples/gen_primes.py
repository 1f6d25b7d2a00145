# Generators: an infinite prime generator, taking from it with next() and a default, filtering and zipping generators.


def primes():
    found = []
    n = 2
    while True:
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
        n += 1


def take(n, it):
    result = []
    for x in it:
        if len(result) == n:
            break
        result.append(x)
    return result


def twin_primes():
    gen = primes()
    prev = next(gen)
    for p in gen:
        if p - prev == 2:
            yield (prev, p)
        prev = p


def first_below(limit, it):
    for x in it:
        if x >= limit:
            return
        yield x


print("first 15 primes:", take(15, primes()))
print("twin primes:", take(8, twin_primes()))
g = primes()
print("next, next, next:", next(g), next(g), next(g))
small = first_below(12, primes())
print("below 12:", list(small), "then exhausted:", next(small, -1))
print("sum of primes below 1000:", sum(first_below(1000, primes())))
gaps = primes()
last = next(gaps)
best = (0, 0)
for p in first_below(2000, gaps):
    if p - last > best[0]:
        best = (p - last, last)
    last = p
print("largest gap below 2000:", best[0], "after", best[1])
digits = (str(p)[-1] for p in first_below(500, primes()))
counts = {}
for d in digits:
    counts[d] = counts.get(d, 0) + 1
print("last digits:", sorted(counts.items()))
