# A list holding ints and floats: each value prints in its own type.
prices = [10, 20, 5.5, 3, 0.25]
print(prices)
print(len(prices), sum(prices), min(prices), max(prices))
print(sorted(prices), sorted(prices, reverse=True))
print(max([3, 2.5]), min([3, 2.5]), sum([1, 2]), sum([1, 2.5]))
for p in prices:
    print(f"{p:>8}|{p:.2f}|{p!r}|{p:<6}|", repr(p), str(p), "%s %5.1f" % (p, p))
doubled = [p * 2 for p in prices]
print(doubled)
halves = [p / 2 for p in prices]
print(halves)
print([p // 3 for p in prices], [p % 3 for p in prices], [-p for p in prices], [abs(-p) for p in prices])
print([round(p) for p in prices], [round(p, 1) for p in prices], [int(p) for p in prices], [float(p) for p in prices])
print([p ** 2 for p in prices])
prices.append(7)
prices.append(1.5)
prices.insert(0, 100)
print(prices, prices.index(5.5), prices.count(20), 20.0 in prices, 21 in prices)
prices.sort()
print(prices)
print(prices[0], prices[-1], prices[1:3])
total = 0
for p in prices:
    total += p
print(total)
mixed = [1, 2.0, 3]
print(mixed == [1, 2, 3], mixed < [1, 2, 4], mixed == [1.0, 2.0, 3.0])
print(", ".join(str(x) for x in mixed))
print(" ".join("{:.1f}".format(x) for x in mixed))
print(any(x > 2.5 for x in mixed), all(x > 0 for x in mixed))
pairs = [(1, "a"), (2.5, "b")]
for n, name in pairs:
    print(name, n, n + 1)
print(pairs)
big = [2**53 + 1, 2.0**53]
print(big[0] == big[1], big[0] > big[1], big[0] - 1 == big[1], sorted(big))
