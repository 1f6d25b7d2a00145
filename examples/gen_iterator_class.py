# The iterator protocol by hand: classes with __iter__ and __next__, StopIteration, iter() and next() with a default.


class Countdown:
    def __init__(self, start):
        self.current = start

    def __iter__(self):
        return self

    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1


class Fib:
    """Iterable (not an iterator): every iter() starts afresh."""

    def __init__(self, limit):
        self.limit = limit

    def __iter__(self):
        return FibIterator(self.limit)


class FibIterator:
    def __init__(self, limit):
        self.a, self.b = 0, 1
        self.limit = limit

    def __iter__(self):
        return self

    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        value = self.a
        self.a, self.b = self.b, self.a + self.b
        return value


class Cycle:
    def __init__(self, items, times):
        self.items = items
        self.times = times
        self.pos = 0

    def __iter__(self):
        return self

    def __next__(self):
        if self.pos >= len(self.items) * self.times:
            raise StopIteration
        item = self.items[self.pos % len(self.items)]
        self.pos += 1
        return item


print(list(Countdown(5)))
c = Countdown(3)
for x in c:
    print("tick", x)
print("exhausted:", list(c), next(c, 0))
fib = Fib(100)
print(list(fib))
print(sum(fib), max(fib), len(list(fib)))
print([(a, b) for a, b in zip(fib, Countdown(4))])
it = iter(fib)
print(next(it), next(it), next(it), next(it), next(it))
print("one more:", next(it), " rest:", list(it), " after end:", next(it, -1))
print("".join(str(d) for d in Cycle([1, 2, 3], 3)))
letters = iter("xyz")
print(next(letters), list(letters), next(letters, "?"))
try:
    next(Countdown(0))
except StopIteration:
    print("StopIteration from an empty countdown")
for i, v in enumerate(Cycle([10, 20, 30], 2), start=1):
    print(i, v, end="; ")
print()
