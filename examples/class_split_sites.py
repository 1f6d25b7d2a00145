# One class used with different contents at different allocation sites: each site's instances get their own attribute types.


class Box:
    made = 0

    def __init__(self, value):
        self.value = value
        Box.made += 1

    def get(self):
        return self.value

    def same(self, other):
        return self.value == other.value

    def copy(self):
        return Box(self.value)

    def __repr__(self):
        return f"Box({self.value!r})"


class Node:
    def __init__(self, item, rest):
        self.item = item
        self.rest = rest

    def length(self):
        n = 0
        node = self
        while node is not None:
            n += 1
            node = node.rest
        return n


def make(x):
    return Box(x)


def chain(items):
    head = None
    for it in reversed(items):
        head = Node(it, head)
    return head


a = Box(1)
b = Box("one")
print(a, b, a.get() + 41, b.get().upper())
print(make(2.5), make("x"), make(3).get() * 2)
print(a.same(Box(1)), b.same(Box("two")), a.copy(), b.copy().copy())
print(isinstance(a, Box), isinstance(b, Box), type(b).__name__, Box.made)
ints = [Box(i) for i in range(3)]
strs = [Box(s) for s in "ab"]
print(ints, strs, sum(x.get() for x in ints), "".join(x.get() for x in strs))
n1 = chain([1, 2, 3])
n2 = chain(["a", "b"])
print(n1.length(), n2.length(), n1.item, n2.rest.item)
