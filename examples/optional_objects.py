# None beside objects: a None argument shares the object's specialization (a null pointer), so the
# code after `if node is None: return` is only analysed for real nodes; a variable that starts as
# None and becomes an object later is fine too.
IDLE, BUSY, DONE = range(3)


class Node:
    def __init__(self, value, next_node):
        self.value = value
        self.next = next_node


def describe(node):
    if node is None:
        return "end"
    return "node %d -> %s" % (node.value, describe(node.next))


def find(head, value):
    found = None
    n = head
    while n is not None:
        if n.value == value:
            found = n
            break
        n = n.next
    if found is None:
        return -1
    return found.value * 10


chain = Node(1, Node(2, Node(3, None)))
print(describe(chain))
print(describe(None))
print(find(chain, 2), find(chain, 7), find(None, 1))
print(IDLE, BUSY, DONE)
last = None
for v in [5, 6]:
    last = Node(v, last)
print(describe(last))
print(last.next.next)
print(chain.next.next.next.value)
