# dict.keys(), dict.values() and dict.items() are live views: they print as dict_keys([...]),
# see later changes of their dict, iterate it in place, and the keys and items views act as sets.
from collections import Counter, OrderedDict, defaultdict

stock = {"apple": 3, "pear": 0, "fig": 7}
keys = stock.keys()
values = stock.values()
items = stock.items()
print(keys)
print(values)
print(items)
print(repr(keys), str(values), f"{items}", "%s" % keys)
print(type(keys).__name__, type(values).__name__, type(items).__name__)
print(len(keys), len(values), len(items), bool(items), bool({}.keys()))

# membership
print("fig" in keys, "kiwi" in keys, 7 in values, 8 in values)
print(("fig", 7) in items, ("fig", 8) in items, ("kiwi", 7) not in items)

# liveness: the views made above see inserts, updates and deletions
stock["kiwi"] = 12
stock["apple"] += 1
del stock["pear"]
print(keys, values, items, len(keys))

# iteration
for name in stock.keys():
    print("key", name)
for count in stock.values():
    print("value", count)
for name, count in stock.items():
    print("item", name, count)
for i, (name, count) in enumerate(stock.items()):
    print(i, name, count)
for i, pair in enumerate(items):
    print(i, pair)

# consumers of iterables
print(list(stock.items()), tuple(stock.keys()), [*stock.values()])
print(sorted(stock.items()), sorted(stock.values()), sorted(stock.values(), reverse=True))
print(sorted(stock.items(), key=lambda kv: (-kv[1], kv[0])))
print(sum(stock.values()), max(stock.values()), min(stock.keys()), max(stock, key=stock.get))
print(list(zip(stock.keys(), stock.values())), ", ".join(stock.keys()))
print(any(c > 10 for c in stock.values()), all(len(k) > 2 for k in stock.keys()))
print(dict(stock.items()), set(stock.items()) == {("apple", 4), ("fig", 7), ("kiwi", 12)})
print(list(reversed(stock.keys())), list(reversed(stock.values())), list(reversed(stock.items())))

# comprehensions
print([k.upper() for k in stock.keys()])
print({v % 5 for v in stock.values()})
print({k: v * 2 for k, v in stock.items() if v > 4})

# unpacking
first, *rest = stock.keys()
print(first, rest)
(only_key, only_value), = {"solo": 1}.items()
print(only_key, only_value)
try:
    a, b = stock.values()
except ValueError as e:
    print("ValueError:", e)

# set operations on keys and items views give sets
other = {"fig": 7, "plum": 2}
print(sorted(stock.keys() & other.keys()), sorted(stock.keys() | {"plum"}))
print(sorted(stock.keys() - other.keys()), sorted(stock.keys() ^ other.keys()))
print(stock.items() & other.items(), sorted(stock.items() - other.items()))
print(stock.keys() & ["fig", "nope"], stock.keys().isdisjoint({"x"}), stock.keys().isdisjoint(["fig"]))
print(stock.items().isdisjoint(other.items()), sorted(stock.keys() - []), stock.keys() & [])

# comparisons: keys and items views equal sets and other views with the same elements
print(stock.keys() == {"apple", "fig", "kiwi"}, stock.keys() == {"apple"}, {"fig", "kiwi", "apple"} == stock.keys())
print(stock.keys() != {"apple"}, stock.keys() == other.keys(), stock.keys() == ["apple", "fig", "kiwi"])
print(stock.items() == {("apple", 4), ("fig", 7), ("kiwi", 12)}, stock.items() == stock.items())
print(stock.values() == stock.values(), values == values)
numbers = {1: "one", 2: "two"}
print(numbers.keys() == {1.0, 2.0}, numbers.keys() - {1.0}, numbers.keys() & {2, 3}, numbers.keys().isdisjoint([2.0]))

# views of dict subclasses
letters = Counter("mississippi")
print(letters.keys(), letters.values(), sorted(letters.items()))
groups = defaultdict(list)
groups["a"].append(1)
print(groups.keys(), groups.items())
ordered = OrderedDict()
ordered["z"] = 26
ordered["y"] = 25
print(ordered.keys(), ordered.values(), ordered.items())
print([k for k, v in ordered.items()], ordered.keys() == {"y", "z"})

# views inside other values
print([stock.keys()], (stock.values(), 1), {"v": stock.items()})


def total(xs):
    t = 0
    for x in xs:
        t += x
    return t


print(total(stock.values()), total([1, 2, 3]))

# changing a dict's size while iterating one of its views raises RuntimeError
for view_name in ["keys", "values", "items"]:
    d = {"a": 1, "b": 2}
    try:
        if view_name == "keys":
            for k in d.keys():
                d[k + "!"] = 0
        elif view_name == "values":
            for v in d.values():
                d[str(v)] = v
        else:
            for k, v in d.items():
                del d[k]
    except RuntimeError as e:
        print(view_name, "RuntimeError:", e)

empty = {}
print(empty.keys(), empty.values(), empty.items())
empty["late"] = 1.5
print(empty.keys(), empty.values(), empty.items())

# sums of views and deques of floats are floats
from collections import Counter, deque
prices = {"a": 1.5, "b": 2.25}
print(sum(prices.values()), sum(prices.values(), 10), sum(Counter("abca").values()), sum(deque([1.5, 2.0])))
print(sum({2.5: 1}.keys()), sum({1: 2.5}.keys()), sum(dict.fromkeys([1, 2], 0.5).values()))
