# Parallel assignment from a tuple display: every value is computed before any target is stored.
import heapq


class Node:
    def __init__(self, v):
        self.v = v
        self.next = None


a, b = 1, 2
a, b = b, a
print(a, b)
a, b = b, a + b
print(a, b)
xs = [5, 6, 7]
j = 2
j, xs[0] = 0, xs[j]
print(j, xs)
xs[0], xs[2] = xs[2], xs[0]
print(xs)
p, q = Node(1), Node(2)
p.v, q.v = q.v, p.v
p.next, q = q, p
print(p.v, p.next.v, q.v)
pairs = [(3, "c"), (1, "a"), (2, "b"), (1, "0")]
pairs[0], pairs[-1] = pairs[-1], pairs[0]
print(pairs)
x, (y, z) = "s", (1.5, [1])
print(x, y, z)
f, g = (lambda: 1), 2.5
print(f(), g)
heap = []
for t in [(5, 2), (1, 9), (5, 1), (1, 8), (3, 3)]:
    heapq.heappush(heap, t)
print([heapq.heappop(heap) for _ in range(len(heap))])
print((1, 2) < (1, 3), (1, 2) <= (1, 2), (2, 0) > (1, 9), (1, 2) >= (1, 2, 0), (1.5, 2) < (1.5, 1))
print((1, float("nan")) < (1, 2), ("a", 2) < ("a", 3), ("b", 1) > ("a", 3))
