# Perfect, abundant and deficient numbers by summing proper divisors.

def divisor_sum(n):
    if n == 1:
        return 0
    total = 1
    d = 2
    while d * d <= n:
        if n % d == 0:
            total += d
            other = n // d
            if other != d:
                total += other
        d += 1
    return total


def classify(n):
    s = divisor_sum(n)
    if s == n:
        return "perfect"
    elif s > n:
        return "abundant"
    return "deficient"


perfect = []
abundant = 0
deficient = 0
for n in range(1, 10001):
    kind = classify(n)
    if kind == "perfect":
        perfect.append(n)
    elif kind == "abundant":
        abundant += 1
    else:
        deficient += 1

print("perfect numbers up to 10000:", len(perfect))
for p in perfect:
    print("  ", p, sep="")
print("abundant:", abundant, "deficient:", deficient)

print("first ten abundant numbers:", end="")
found = 0
n = 1
while found < 10:
    if classify(n) == "abundant":
        print("", n, end="")
        found += 1
    n += 1
print()

# Amicable pairs: a != b, sum(a) == b and sum(b) == a.
for a in range(2, 3000):
    b = divisor_sum(a)
    if a < b and divisor_sum(b) == a:
        print("amicable pair:", a, b)
