# assert x is not None narrows x for the statements after it, as mypy does
def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


def use(xs):
    pos = find(xs, 3)
    assert pos is not None, "3 must be there"
    print(pos + 1, xs[pos])


class Node:
    def __init__(self, v, nxt=None):
        self.v = v
        self.next = nxt


def second(n):
    nxt = n.next
    assert nxt is not None
    return nxt.v * 10


use([1, 2, 3])
print(second(Node(1, Node(2))))
try:
    use([1, 2])
except AssertionError as e:
    print("AssertionError:", e)
try:
    second(Node(5))
except AssertionError as e:
    print("AssertionError:", repr(e))
