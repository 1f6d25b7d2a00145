# Sieve of Eratosthenes: lists of bools, nested while loops and list assignment.

def sieve(limit):
    is_prime = []
    for i in range(limit + 1):
        is_prime.append(True)
    is_prime[0] = False
    is_prime[1] = False
    p = 2
    while p * p <= limit:
        if is_prime[p]:
            multiple = p * p
            while multiple <= limit:
                is_prime[multiple] = False
                multiple += p
        p += 1
    primes = []
    for n in range(limit + 1):
        if is_prime[n]:
            primes.append(n)
    return primes


def print_in_rows(values, per_row):
    count = 0
    for v in values:
        count += 1
        if count % per_row == 0 or count == len(values):
            print(v)
        else:
            print(v, end=" ")


primes = sieve(200)
print("primes up to 200:", len(primes))
print_in_rows(primes, 10)
print("largest:", primes[-1], "second largest:", primes[-2])
print("97 is prime:", 97 in primes, "- 91 is prime:", 91 in primes)

# Twin primes: pairs that differ by two.
twins = 0
for i in range(1, len(primes)):
    if primes[i] - primes[i - 1] == 2:
        twins += 1
        print("twin pair", primes[i - 1], primes[i], sep=" / ")
print("twin pairs:", twins)
