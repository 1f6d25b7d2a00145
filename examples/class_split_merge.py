# Split classes (typed per allocation site) with properties, class and static methods, generators, dataclasses,
# identity tests, and sites with the same contents that meet in one list (merged into one class).

from dataclasses import dataclass


@dataclass
class P:
    x: object
    n: int = 0


class Bag:
    count = 0

    def __init__(self, items):
        self.items = items
        Bag.count += 1

    @classmethod
    def of(cls, first):
        return cls([first])

    @staticmethod
    def label():
        return "bag"

    def __iter__(self):
        for it in self.items:
            yield it

    def __eq__(self, other):
        return self.items == other.items

    def __len__(self):
        return len(self.items)


p = P(1)
q = P("a", 2)
print(p, q, p == P(1), q.x * 2)
b1 = Bag.of(3)
b2 = Bag.of("s")
b3 = Bag([1.5, 2.5])
print(list(b1), list(b2), [x * 2 for x in b3], Bag.label(), b1.label(), Bag.count, len(b3))
print(b1 == Bag([3]), b2 == Bag(["t"]), b1 is b1, b1 is not b2)
d = {"k": Bag([1, 2])}
print(sum(d["k"]), isinstance(b2, Bag), isinstance(3, Bag))


class Cell:
    def __init__(self, v):
        self._v = v

    @property
    def v(self):
        return self._v

    @v.setter
    def v(self, x):
        self._v = x

    def __lt__(self, other):
        return self._v < other._v

    def __hash__(self):
        return hash(self._v)

    def __eq__(self, other):
        return self._v == other._v


class Wrapper:
    def __init__(self, cell):
        self.cell = cell
        self.history = [cell]

    def peek(self):
        return self.cell.v


w1 = Wrapper(Cell(3))
w2 = Wrapper(Cell("c"))
w1.cell.v = 4
print(w1.peek() + 1, w2.peek() + "!", len(w1.history))
cells = sorted([Cell(5), Cell(2), Cell(9)])
print([c.v for c in cells], len({Cell("a"), Cell("a"), Cell("b")}))
