# Integer loops within Krait's first subset: a prime sieve, Collatz chain lengths with a cache list, and digit sums.


def sieve(limit):
    is_prime = [True] * (limit + 1)
    is_prime[0] = False
    is_prime[1] = False
    i = 2
    while i * i <= limit:
        if is_prime[i]:
            for j in range(i * i, limit + 1, i):
                is_prime[j] = False
        i += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


def longest_collatz(limit):
    cache = [0] * limit
    cache[1] = 1
    best = 1
    best_len = 1
    for start in range(2, limit):
        n = start
        steps = 0
        while n >= limit or cache[n] == 0:
            if n % 2 == 0:
                n = n // 2
            else:
                n = 3 * n + 1
            steps += 1
        length = steps + cache[n]
        cache[start] = length
        if length > best_len:
            best_len = length
            best = start
    print("longest Collatz chain below", limit, "starts at", best, "length", best_len)
    return best


def digit_sum_total(limit):
    total = 0
    for n in range(limit):
        while n > 0:
            total += n % 10
            n = n // 10
    return total


primes = sieve(2000000)
total = 0
for p in primes:
    total += p
print("primes below 2e6:", len(primes), "sum", total, "largest", primes[-1])
longest_collatz(300000)
print("digit sums below 1e6:", digit_sum_total(1000000))
