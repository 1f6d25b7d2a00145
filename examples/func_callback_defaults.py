# A function with defaulted parameters passed where one argument is given (key=, map): the defaults fill the rest.


def collatz_len(n, cache={}):
    if n == 1:
        return 1
    if n in cache:
        return cache[n]
    r = 1 + collatz_len(n // 2 if n % 2 == 0 else 3 * n + 1)
    cache[n] = r
    return r


def scaled(x, factor=10, offset=1):
    return x * factor + offset


best = max(range(1, 3000), key=collatz_len)
print(best, collatz_len(best))
print(list(map(scaled, [1, 2, 3])), sorted([5, 3, 9], key=scaled))
