# Generators as a streaming pipeline: numbers, filters, windows and running totals.
def naturals(limit):
    n = 1
    while n <= limit:
        yield n
        n += 1


def only(pred, xs):
    for x in xs:
        if pred(x):
            yield x


def windows(xs, size):
    buf = []
    for x in xs:
        buf.append(x)
        if len(buf) > size:
            buf.pop(0)
        if len(buf) == size:
            yield list(buf)


def running(xs):
    total = 0
    for x in xs:
        total += x
        yield total


def chain(a, b):
    yield from a
    yield from b


odds = only(lambda n: n % 2 == 1, naturals(30))
print(list(windows(odds, 4))[:5])
print(list(running(naturals(10))))
print(sum(x * x for x in naturals(100)))
print(list(chain(naturals(3), [10, 20])))
squares = (n * n for n in range(1, 8))
print(next(squares), next(squares), list(squares))
print(any(x > 50 for x in running(naturals(20))), all(x < 5 for x in naturals(4)))
