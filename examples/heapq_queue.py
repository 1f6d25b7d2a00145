# heapq: a priority queue of ints, floats, tuples and objects with __lt__; CPython's sift order.
import heapq
import bisect
from heapq import heappush, heappop

h = []
for x in [5, 1, 8, 3, 9, 2, 7, 1]:
    heappush(h, x)
print(h)
print([heappop(h) for _ in range(3)], h)
data = [9.5, 2.0, 7.25, 1.0, 3.5, 8.0]
heapq.heapify(data)
print(data, heapq.heappushpop(data, 0.5), heapq.heapreplace(data, 10.0), data)
words = ["pear", "fig", "banana", "kiwi", "apple", "plum"]
print(heapq.nlargest(3, words), heapq.nsmallest(2, words, key=len), heapq.nlargest(2, words, key=len))
print(list(heapq.merge([1, 4, 9], [2, 3, 10], [0, 5])))
try:
    heappop([])
except IndexError as e:
    print("IndexError", e)
from bisect import insort

class Task:
    def __init__(self, prio, name):
        self.prio = prio
        self.name = name
    def __lt__(self, other):
        return self.prio < other.prio
    def __repr__(self):
        return "Task(" + str(self.prio) + ", " + self.name + ")"

q = []
for p, n in [(3, "c"), (1, "a"), (2, "b"), (1, "a2")]:
    heapq.heappush(q, Task(p, n))
while q:
    print(heapq.heappop(q))
jobs = []
heapq.heappush(jobs, (2, "write"))
heapq.heappush(jobs, (1, "read"))
heapq.heappush(jobs, (2, "exec"))
print(jobs, heapq.nsmallest(2, jobs))
ts = [Task(5, "x"), Task(1, "y"), Task(5, "z")]
print(heapq.nlargest(2, ts), heapq.nsmallest(2, ts, key=lambda t: t.name))
