# list() and set() of a tuple: a fixed tuple and the *args of a function, also when it is empty.


def collect(*items):
    return list(items)


def distinct(*items):
    return set(items)


class Tree:
    def __init__(self, name, *children):
        self.name = name
        self.children = list(children)

    def count(self):
        return 1 + sum(c.count() for c in self.children)


point = (3, 1, 2)
print(list(point), set(point), sorted(point))
print(collect(5, 4), collect(), collect("a", "b", "c"))
print(distinct(1, 2, 1), distinct())
names = list(("x", "y"))
names.append("z")
print(names)
t = Tree("root", Tree("a"), Tree("b", Tree("c"), Tree("d")))
print(t.count(), [c.name for c in t.children], t.children[0].children)
