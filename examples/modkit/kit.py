FACTOR = 10
WORDS = ["ccc", "a", "bb"]


class Registry:
    kind = "kit"
    count = 0

    def __init__(self):
        self.items = {}

    def add(self, name):
        Registry.count += 1
        self.items[name] = Registry.count


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def scale(x, factor=FACTOR):
    return x * factor


def make_adder(k):
    def add(v):
        return v + k
    return add


def apply_all(xs):
    return [(lambda v: v * FACTOR)(x) for x in xs]


def by_len(w):
    return len(w)


def total():
    return sum(len(w) for w in WORDS)
