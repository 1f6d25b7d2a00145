"""collections.OrderedDict: an LRU cache with move_to_end and popitem(last=False)."""
from collections import OrderedDict


class LRUCache:
    def __init__(self, capacity):
        self.capacity = capacity
        self.data = OrderedDict()
        self.hits = 0
        self.misses = 0

    def get(self, key):
        if key in self.data:
            self.data.move_to_end(key)
            self.hits += 1
            return self.data[key]
        self.misses += 1
        return -1

    def put(self, key, value):
        if key in self.data:
            self.data.move_to_end(key)
        self.data[key] = value
        if len(self.data) > self.capacity:
            oldest = self.data.popitem(last=False)
            print("evict", oldest)


cache = LRUCache(3)
for k in [1, 2, 3, 1, 4, 2, 5, 1, 3]:
    if cache.get(k) == -1:
        cache.put(k, k * k)
print(cache.data, cache.hits, cache.misses)
print(list(cache.data.keys()), list(cache.data.values()), list(cache.data.items()))

od = OrderedDict([("b", 2), ("a", 1), ("c", 3)])
print(od, len(od), od["a"], od.get("z", 0))
od.move_to_end("b")
print(od)
od.move_to_end("c", last=False)
print(od)
od["d"] = 4
del_key = od.popitem()
print(del_key, od.popitem(last=False), od)
print(od == OrderedDict([("a", 1), ("b", 2)]), od == OrderedDict([("b", 2), ("a", 1)]))
print(od == {"b": 2, "a": 1})
for key in od:
    print(key, od[key])
empty = OrderedDict()
print(empty, bool(empty), bool(od))
copy = OrderedDict(od)
copy["x"] = 9
print(copy, od)
try:
    empty.popitem()
except KeyError as e:
    print("KeyError:", e)
try:
    od.move_to_end("nope")
except KeyError as e:
    print("KeyError:", e)
