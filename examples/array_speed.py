# array.array('d') and array('i') as contiguous buffers in a numeric loop (a sieve and a dot product).
from array import array


def sieve(n):
    flags = array('b', [1]) * (n + 1)
    flags[0] = 0
    flags[1] = 0
    i = 2
    while i * i <= n:
        if flags[i]:
            for j in range(i * i, n + 1, i):
                flags[j] = 0
        i += 1
    return array('i', [k for k in range(n + 1) if flags[k]])


def dot(xs, ys):
    s = 0.0
    for i in range(len(xs)):
        s += xs[i] * ys[i]
    return s


primes = sieve(100000)
print(len(primes), primes[:10], primes[-1], sum(primes))
xs = array('d', [i * 0.5 for i in range(1000)])
ys = array('d', [1.0 / (i + 1) for i in range(1000)])
print(dot(xs, ys), max(xs), min(ys))
print(array('f', [x for x in xs[:5]]), sorted(array('h', [3, -1, 2])))
