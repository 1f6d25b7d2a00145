"""collections.deque: a queue for breadth-first search, a sliding window, rotation."""
from collections import deque
import collections


def bfs(graph, start):
    """Distances from start in an unweighted graph (a dict of adjacency lists)."""
    dist = {start: 0}
    queue = deque([start])
    while queue:
        node = queue.popleft()
        for nxt in graph[node]:
            if nxt not in dist:
                dist[nxt] = dist[node] + 1
                queue.append(nxt)
    return dist


graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
}
print(bfs(graph, "a"))


def moving_average(values, width):
    window = deque(maxlen=width)
    total = 0.0
    out = []
    for v in values:
        if len(window) == width:
            total -= window[0]
        window.append(v)
        total += v
        out.append(round(total / len(window), 3))
    return out


print(moving_average([1.0, 2.0, 6.0, 3.0, 8.0, 4.0], 3))

d = collections.deque(range(1, 6))
print(d, len(d), d[0], d[-1], 3 in d, 7 in d)
d.rotate(2)
print("rotate(2):", d)
d.rotate(-3)
print("rotate(-3):", d)
d.appendleft(0)
d.extend([6, 7])
d.extendleft([-1, -2])
print(d)
print(d.pop(), d.popleft(), d)
d[0] = 100
d[-1] += 1
print(d, d.count(100), d.index(3))
d.remove(3)
d.reverse()
print(d, list(d), sorted(d))
print(d == deque([7, 5, 4, 2, 1, 0, 100]), d != d.copy())

words = deque(["x"], maxlen=3)
for w in "abcd":
    words.append(w)
print(words, repr(words), str(words))
words.appendleft("z")
print(words)
words.clear()
print(words, bool(words), len(words))

history = deque()
for i in range(10):
    history.append((i, i * i))
    if len(history) > 4:
        history.popleft()
total = 0
for i, sq in history:
    total += sq
print(history, total)

try:
    deque().pop()
except IndexError as e:
    print("IndexError:", e)
try:
    print(deque([1, 2])[5])
except IndexError as e:
    print("IndexError:", e)
try:
    deque([1, 2]).remove(9)
except ValueError as e:
    print("ValueError:", e)
q = deque([1, 2, 3])
try:
    for x in q:
        q.append(x)
except RuntimeError as e:
    print("RuntimeError:", e)

ring = deque(range(8))
del ring[0]
del ring[-2]
print(ring, isinstance(ring, deque), isinstance(ring, list))
print(collections.deque("abc"), deque([[1], [2, 3]]))
print(min(ring), max(ring), sum(list(ring)), sorted(ring, reverse=True))
for i, ch in enumerate(deque("xy")):
    print(i, ch)
print(deque([1, 2], None), deque("ab", 1))
try:
    deque(None)
except TypeError as e:
    print("TypeError:", e)
print(list(reversed(deque([1, 2, 3]))), [s.upper() for s in reversed(deque(["a", "b"]))])
