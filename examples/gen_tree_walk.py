# A binary search tree whose traversals are recursive generators using yield from.


class Tree:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None

    def insert(self, key):
        if key < self.key:
            if self.left is None:
                self.left = Tree(key)
            else:
                self.left.insert(key)
        else:
            if self.right is None:
                self.right = Tree(key)
            else:
                self.right.insert(key)

    def inorder(self):
        if self.left is not None:
            yield from self.left.inorder()
        yield self.key
        if self.right is not None:
            yield from self.right.inorder()

    def preorder(self):
        yield self.key
        for child in (self.left, self.right):
            if child is not None:
                yield from child.preorder()

    def paths(self, prefix):
        here = prefix + [self.key]
        if self.left is None and self.right is None:
            yield here
        if self.left is not None:
            yield from self.left.paths(here)
        if self.right is not None:
            yield from self.right.paths(here)

    def height(self):
        hl = self.left.height() if self.left is not None else 0
        hr = self.right.height() if self.right is not None else 0
        return 1 + max(hl, hr)


root = Tree(50)
for k in [30, 70, 20, 40, 60, 80, 35, 45, 65, 10, 85]:
    root.insert(k)
print("inorder: ", list(root.inorder()))
print("preorder:", list(root.preorder()))
print("height:", root.height())
for p in root.paths([]):
    print(" -> ".join(str(k) for k in p), "sum", sum(p))
print("between 30 and 65:", [k for k in root.inorder() if 30 <= k <= 65])
walk = root.inorder()
print("smallest three:", next(walk), next(walk), next(walk))
print("is sorted:", all(a < b for a, b in zip(root.inorder(), list(root.inorder())[1:])))
