# Variables that start as an int and take floats in some runs; functions returning int or float.


def total(values):
    t = 0
    for v in values:
        t = t + v
    return t


print(total([1, 2, 3]), total([1.5, 2.5]), total([]))


def mean(values):
    if not values:
        return 0
    return sum(values) / len(values)


print(mean([]), mean([1, 2]), mean([0.5]))


def half_or_one(c):
    return 1 if c else 0.5


print(half_or_one(True), half_or_one(False), half_or_one(True) + half_or_one(False))


def price(kind):
    if kind == "book":
        return 12
    if kind == "pen":
        return 1.25
    return 0


basket = ["book", "pen", "pen", "cup", "book"]
cost = 0
for item in basket:
    p = price(item)
    cost += p
    print(f"{item:<5}{p:>6} {cost}")
print("cost", cost, round(cost), round(cost, 1))

x = 10
for step in range(5):
    if step % 2:
        x = x / 2
    else:
        x = x * 3
    print(step, x)

n = 1
count = 0
while n < 1000:
    n = n * 2 if count % 3 else n * 1.5
    count += 1
print(count, n, int(n), n > 999, n == int(n))


def halve_until_small(v):
    steps = 0
    while v > 1:
        v = v // 2 if v % 2 == 0 else v / 2
        steps += 1
    return steps, v


print(halve_until_small(27), halve_until_small(8), halve_until_small(6.0))

best = 0
for v in [3, 7.5, 2, 9, 1.25]:
    if v > best:
        best = v
print("best", best)

acc = 0
acc += 1
acc -= 0.5
acc *= 4
acc //= 1.5
acc **= 2
print(acc)
k = 7
k %= 2.5
print(k, -k, abs(-k))
