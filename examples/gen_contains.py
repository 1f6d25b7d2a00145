class Tree:
    def __init__(self, v, kids):
        self.v = v
        self.kids = kids
    def __iter__(self):
        yield self.v
        for k in self.kids:
            yield from k

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return CountIter(self.n)

class CountIter:
    def __init__(self, n):
        self.n = n
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n

t = Tree(1, [Tree(2, [Tree(4, [])]), Tree(3, [])])
print(4 in t, 5 in t, 5 not in t)
print(2 in Countdown(5), 7 in Countdown(5))

def squares():
    for i in range(10):
        yield i * i
g = squares()
print(9 in g, next(g), 2 in g, list(g))
print(3 in (x for x in range(5)), "b" in (c for c in "abc"))
