# iter() and next() on containers, generators and iterator objects (__iter__/__next__); objects with __iter__ wherever an iterable is accepted; truth of objects with __len__.
def countdown(n):
    while n > 0:
        yield n
        n -= 1


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


it = iter([3, 1, 4])
print(next(it), next(it), next(it), next(it, -1))
letters = iter("xyz")
print(next(letters), list(letters), next(letters, "?"))
g = countdown(3)
print(iter(g) is g, next(g), list(g))
d = iter({"a": 1, "b": 2})
print(next(d), [k for k in d])
r = iter(range(10, 13))
print(sum(r), next(r, 0))
c = Countdown(3)
print(next(c), list(c))
s = iter({5})
for x in s:
    print("set item", x)
try:
    next(iter([]))
except StopIteration:
    print("StopIteration")


class Bag:
    def __init__(self, items):
        self.items = items

    def __iter__(self):
        for x in self.items:
            yield x


bag = Bag(["p", "q"])
print(list(bag), sorted(Bag(["b", "a"])), list(enumerate(bag)), set(Countdown(2)), max(Countdown(4)))
for i, v in enumerate(Countdown(2)):
    print(i, v)
print(sum(Countdown(4)), ", ".join(bag), list(zip(bag, Countdown(5))))


class Sized:
    def __init__(self, n):
        self.n = n

    def __len__(self):
        return self.n


print(bool(Sized(0)), bool(Sized(2)), "yes" if Sized(0) else "no", [x for x in bag], sorted(bag, key=lambda s: s, reverse=True))
