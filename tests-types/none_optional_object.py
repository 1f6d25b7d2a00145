class Node:
    def __init__(self, value):
        self.value = value
        self.next = None

a = Node(1)
a.next = Node(2)
print(a.next.value)
