"""f(*it) for iterables that are not tuples or lists: generators, ranges, dicts and their views, sets, map/filter/zip, max(*xs)."""

def add3(a, b, c):
    return a + b + c


xs = [3, 1, 2]
d = {"a": 1, "b": 2}
matrix = [[1, 2, 3], [4, 5, 6]]
print(*map(str, xs))
print(*d)
print(*range(3))
print(*(x * 2 for x in xs))
print(list(zip(*matrix)))
print(add3(*range(3)))
print(add3(*(x for x in xs)))
print(add3(*"abc"))
print(add3(*d.values(), 10))
print(*sorted(xs), sep=", ")
try:
    add3(*range(4))
except TypeError as e:
    print(e)
try:
    add3(*(x for x in [1]))
except TypeError as e:
    print(e)

def pair(a, b):
    return f"{a}-{b}"


def total(*nums):
    return sum(nums), len(nums)


def first(a, b=10, *rest):
    return a, b, rest


d2 = {"x": 1, "y": 2}
print(pair(*d2), pair(*d2.keys()), pair(*d2.values()), pair(*d2.items()))
print(pair(*{7}, 8), total(*(i * i for i in range(5))), total(*{1: 0, 2: 0}))
print(first(*iter([1])), first(*map(int, "345")), first(*filter(None, [0, 5, 0, 6, 7])))
print(pair(*zip("ab", "cd")), pair(*enumerate("q", 1)) if False else "skip")
try:
    pair(*(c for c in "abc"))
except TypeError as e:
    print(e)
try:
    pair(*{1: 2})
except TypeError as e:
    print(e)

ys = [3, 1, 2]
fs = [2.5, -1.0]
print(max(*ys), min(*ys), max(*fs), min(*(x * 2 for x in ys)), max(*"hello"), min(*["pear", "apple"]))
print(max(*{4: 1, 9: 2}), min(*range(5, 8)), max(*["q"]))
for bad in ([], [5]):
    try:
        print(max(*bad))
    except TypeError as e:
        print(e)
try:
    print(min(*[1.5]))
except TypeError as e:
    print(e)
