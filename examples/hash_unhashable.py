# hash() and dict/set keys of mutable containers raise CPython's TypeError at run time.
import collections


def try_hash(label, f):
    try:
        f()
        print(label, "hashable")
    except TypeError as e:
        print(label, "->", e)


try_hash("list", lambda: hash([1, 2]))
try_hash("dict", lambda: hash({"a": 1}))
try_hash("set", lambda: hash({1, 2}))
try_hash("bytearray", lambda: hash(bytearray(b"xy")))
try_hash("deque", lambda: hash(collections.deque([1, 2])))
try_hash("defaultdict", lambda: hash(collections.defaultdict(int)))
try_hash("Counter", lambda: hash(collections.Counter("abc")))
try_hash("keys", lambda: hash({1: 2}.keys()))
try_hash("items", lambda: hash({1: 2}.items()))
try_hash("tuple", lambda: hash((1, "a", 2.5)))
try_hash("frozenset", lambda: hash(frozenset([3, 1])))
try_hash("bytes", lambda: hash(b"xy"))

print(hash((1, 2)) == hash((1, 2)), hash(frozenset([1, 2])) == hash(frozenset([2, 1])))
maybe = [None, 3]
print(hash(maybe[1]) == hash(3), hash(maybe[0]) == hash(None), hash((1, maybe[1])) == hash((1, 3)))

# a memo keyed by the arguments: lists must become tuples first
memo = {}


def total(xs):
    key = tuple(xs)
    if key not in memo:
        memo[key] = sum(xs)
    return memo[key]


print(total([1, 2, 3]), total([1, 2, 3]), len(memo))
seen = set()
try:
    seen.add([1, 2, 3])
except TypeError as e:
    print("set.add:", e)
table = {}
try:
    table[[4, 5]] = "x"
except TypeError as e:
    print("dict key:", e)
print(hash(["never"]))
