class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        yield from self.items

class Tree:
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

b = Bag([3, 1, 2])
print(list(b), sorted(b), sum(b))
for i, x in enumerate(b):
    print(i, x)
print(list(zip(b, Bag([7, 8, 9]))))
it = iter(b)
print(next(it), next(it), next(it), next(it, -1))
t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(list(t), max(t), min(t))
print(dict(zip(b, b)))
a, bb, c = b
print(a, bb, c)
print([x * 2 for x in b])
print(set(b) == {1, 2, 3})

def walk(n):
    yield n
    if n > 0:
        yield from walk(n - 1)
print(sum(walk(50)))
import sys
try:
    print(sum(walk(5000)))
except RecursionError as e:
    print("RecursionError", e)
