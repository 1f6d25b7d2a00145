class Node:
    def __init__(self, value):
        self.value = value
        self.next = None


def length(head):
    n = 0
    cur = head
    while cur is not None:
        n += 1
        cur = cur.next
    return n


a = Node(1)
a.next = Node(2)
print(length(a))
