# set methods of several arguments and of any iterables (union, intersection, difference, update, *_update, issubset...), dict.fromkeys.
a = {1, 2, 3, 4}
b = [3, 4, 5]
c = {4, 6}
fz = frozenset([2, 3])
print(a.union(b, c), a.union(), a.intersection(b, c), a.intersection(), a.difference(b, c), a.difference(b))
print(fz.union(b), fz.intersection(b), fz.difference([2]), fz.symmetric_difference([3, 9]), a.symmetric_difference(b))
print(a.issubset(range(10)), a.issuperset([1, 2]), a.isdisjoint([7, 8]), a.isdisjoint([1]))
s = set()
s.update([1, 2], [3], {4})
print(s)
s.difference_update([1], {2})
print(s)
s.intersection_update([3, 4, 5], {4, 3})
print(s)
s.symmetric_difference_update([4, 10])
print(s)
words = {"a", "b"}
words.update(["c"])
print(sorted(words))
try:
    fz.update([1])
except AttributeError as e:
    print(e)
print(list(dict.fromkeys([3, 1, 3, 2, 1])), dict.fromkeys("ab", 0), dict.fromkeys([1]))
