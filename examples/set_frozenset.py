# frozenset: operators and methods, results typed by the left operand, hashing (CPython's hash), dict keys, set elements, |= rebinding a frozenset but updating a set in place.
fz = frozenset(["x", "y"])
pairs = {fz: "xy", frozenset(["y", "z"]): "yz"}
print(pairs[frozenset(["y", "x"])], fz | {"w"} == frozenset("wxy"), len(fz & frozenset("yq")))
a = frozenset([1, 2, 3])
b = {3, 4}
print(a, frozenset(), a | b, b | a, a & b, a - b, a ^ b, b - a)
print(type(a | b).__name__, type(b | a).__name__, isinstance(a, frozenset), isinstance(a, set), isinstance(b, set))
print({1, 2} == frozenset({1, 2}), a <= {1, 2, 3, 4}, a < a, a >= frozenset([1]), a.isdisjoint(b), a.issubset(b))
print(a.union(b), a.intersection(b), a.difference(b), a.symmetric_difference(b), a.copy() is a, sorted(a))
print(hash(frozenset([1, 2, 3])), hash(frozenset()), hash(frozenset([(1, 2), (3, 4)])))
nested = {frozenset([1]), frozenset([2, 3]), frozenset([1])}
print(len(nested), frozenset([1]) in nested, sorted(len(s) for s in nested))
c = a
c |= {9}
print(a, c)
s = {1}
t = s
t |= {2}
print(s, t)
try:
    a.add(5)
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(hash(s))
except TypeError as e:
    print("TypeError:", e)
print(min(frozenset([9, 4, 8])), sum(frozenset([1, 2])), frozenset(range(3)), frozenset(a) is a)
