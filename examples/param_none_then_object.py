# A parameter passed None and then given an object or a string in the body (node = node or root).


class Node:
    def __init__(self, *children):
        self.children = list(children)


ROOT = Node(Node(Node()), Node())


def depth(node=None):
    node = node or ROOT
    return 1 + max((depth(c) for c in node.children), default=0)


def greet(name=None):
    if name is None:
        name = "world"
    return "hello, " + name


print(depth(), depth(ROOT.children[1]))
print(greet(), greet("krait"))
