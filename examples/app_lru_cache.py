"""An LRU cache built on a dict plus a doubly linked list, compared with OrderedDict and functools."""

from collections import OrderedDict
from functools import lru_cache


class _Node:
    __slots__ = ("key", "value", "prev", "next")

    def __init__(self, key, value):
        self.key = key
        self.value = value
        self.prev = None
        self.next = None


class LRUCache:
    def __init__(self, capacity):
        if capacity <= 0:
            raise ValueError("capacity must be positive")
        self.capacity = capacity
        self.map = {}
        self.head = _Node(None, None)   # sentinel: most recent after head
        self.tail = _Node(None, None)   # sentinel: least recent before tail
        self.head.next = self.tail
        self.tail.prev = self.head
        self.hits = 0
        self.misses = 0
        self.evicted = []

    def _unlink(self, node):
        node.prev.next = node.next
        node.next.prev = node.prev

    def _push_front(self, node):
        node.next = self.head.next
        node.prev = self.head
        self.head.next.prev = node
        self.head.next = node

    def get(self, key, default=-1):
        node = self.map.get(key)
        if node is None:
            self.misses += 1
            return default
        self.hits += 1
        self._unlink(node)
        self._push_front(node)
        return node.value

    def put(self, key, value):
        node = self.map.get(key)
        if node is not None:
            node.value = value
            self._unlink(node)
            self._push_front(node)
            return
        if len(self.map) >= self.capacity:
            lru = self.tail.prev
            self._unlink(lru)
            del self.map[lru.key]
            self.evicted.append(lru.key)
        node = _Node(key, value)
        self.map[key] = node
        self._push_front(node)

    def __len__(self):
        return len(self.map)

    def __contains__(self, key):
        return key in self.map

    def keys(self):
        out = []
        node = self.head.next
        while node is not self.tail:
            out.append(node.key)
            node = node.next
        return out

    def __repr__(self):
        items = ", ".join(f"{k}={self.map[k].value}" for k in self.keys())
        return f"LRUCache({self.capacity}: {items})"

    def stats(self):
        total = self.hits + self.misses
        ratio = self.hits / total if total else 0.0
        return f"hits={self.hits} misses={self.misses} ratio={ratio:.2%}"


class OrderedLRU:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()

    def get(self, key, default=-1):
        if key not in self.data:
            return default
        self.data.move_to_end(key)
        return self.data[key]

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            self.data.popitem(last=False)

    def keys(self):
        return list(reversed(self.data))


calls = 0


@lru_cache(maxsize=None)
def slow_square(n):
    global calls
    calls += 1
    return n * n


@lru_cache(maxsize=128)
def ways(n, first=0):
    if n == 0:
        return 1
    if n < 0 or first == len(COINS):
        return 0
    return ways(n - COINS[first], first) + ways(n, first + 1)


COINS = (50, 25, 10, 5, 1)


cache = LRUCache(3)
other = OrderedLRU(3)
ops = [("put", "a", 1), ("put", "b", 2), ("get", "a", 0), ("put", "c", 3), ("put", "d", 4),
       ("get", "b", 0), ("get", "c", 0), ("put", "a", 10), ("put", "e", 5), ("get", "d", 0),
       ("get", "a", 0), ("get", "zz", 0)]
for op, key, value in ops:
    if op == "put":
        cache.put(key, value)
        other.put(key, value)
        print(f"put {key}={value:<3} -> {cache.keys()}")
    else:
        got = cache.get(key)
        assert got == other.get(key), key
        print(f"get {key:<2}     -> {got:>3}  {cache.keys()}")
    assert cache.keys() == other.keys()
print(cache)
print(len(cache), "a" in cache, "b" in cache, cache.evicted)
print(cache.stats())
try:
    LRUCache(0)
except ValueError as e:
    print("ValueError:", e)

print([slow_square(i % 4) for i in range(10)], "calls:", calls)
print(ways(100), ways(7), ways(7, 3))
print(list(reversed(other.data)), list(reversed(cache.map)))
big = LRUCache(100)
for i in range(1000):
    big.put(f"k{i % 150}", i)
    big.get(f"k{(i * 7) % 150}")
print(len(big), big.keys()[:5], big.stats())
