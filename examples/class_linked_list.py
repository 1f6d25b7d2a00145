# A singly linked list class: __len__, __iter__ (generator), __getitem__, __contains__, __repr__, reversal.


class Node:
    def __init__(self, value, next=None):
        self.value = value
        self.next = next


class LinkedList:
    def __init__(self, items):
        self.head = None
        self.size = 0
        for item in reversed(list(items)):
            self.push_front(item)

    def push_front(self, value):
        self.head = Node(value, self.head)
        self.size += 1

    def append(self, value):
        node = Node(value)
        if self.head is None:
            self.head = node
        else:
            cur = self.head
            while cur.next is not None:
                cur = cur.next
            cur.next = node
        self.size += 1

    def __len__(self):
        return self.size

    def __iter__(self):
        cur = self.head
        while cur is not None:
            yield cur.value
            cur = cur.next

    def __getitem__(self, index):
        if index < 0:
            index += self.size
        if index < 0 or index >= self.size:
            raise IndexError("linked list index out of range")
        for i, v in enumerate(self):
            if i == index:
                return v
        raise IndexError("unreachable")

    def __contains__(self, value):
        return any(v == value for v in self)

    def reverse(self):
        prev = None
        cur = self.head
        while cur is not None:
            cur.next, prev, cur = prev, cur, cur.next
        self.head = prev

    def __repr__(self):
        return "LinkedList([" + ", ".join(repr(v) for v in self) + "])"


ll = LinkedList([3, 1, 4])
ll.append(1)
ll.append(5)
ll.push_front(9)
print(ll, "len", len(ll))
print("first", ll[0], "last", ll[-1], "third", ll[2])
print("4 in ll:", 4 in ll, " 7 in ll:", 7 in ll)
ll.reverse()
print("reversed:", ll)
print("sum", sum(ll), "max", max(ll), "sorted", sorted(ll))
squares = LinkedList([n * n for n in ll if n % 2 == 1])
print("odd squares:", squares, 25 in squares)
try:
    print(ll[10])
except IndexError as e:
    print("IndexError:", e)
empty = LinkedList([])
print("empty:", empty, len(empty), bool(empty))
