class Tree:
    def __init__(self, value):
        self.value = value
        self.children = []

    def add(self, child):
        self.children.append(child)
        return self


def total(t):
    s = t.value
    for c in t.children:
        s += total(c)
    return s


root = Tree(2).add(Tree(1)).add(Tree(3).add(Tree(4)))
print(total(root))
