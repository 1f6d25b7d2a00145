# Tuples whose length is only known at run time: tuple(xs), slices, concatenation, f(*list), zip(*rows),
# *args passed on, anagram grouping by tuple(sorted(word)), and unpacking with run-time length checks.


def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result


def forward(*args):
    return total(*args, start=100)


def point(x, y, z=0):
    return f"({x}, {y}, {z})"


def tail(t):
    return t[1:]


squares = tuple(n * n for n in range(6))
print(squares, len(squares), squares[2], squares[-1], squares[1:4], squares[::2], tail(squares))
print(tuple("krait"), tuple([3, 1, 2]), tuple(range(0)), tuple({"a": 1, "b": 2}))
print(max(squares), min(squares), sum(squares), sorted(squares, reverse=True), 9 in squares, 7 in squares)
print(squares.count(4), squares.index(16), squares + (99,), (0,) + squares[:2], squares[:2] * 2)
print(squares == (0, 1, 4, 9, 16, 25), squares < (0, 2), tuple([1, 2]) == tuple([1, 2]), tuple([]) == ())
print(hash(tuple([1, 2, 3])) == hash((1, 2, 3)), str(tuple([7])), repr(tuple(["a"])), f"{tuple('xy')}")

words = ["listen", "silent", "enlist", "google", "elgoog", "inlets", "banana"]
groups = {}
for word in words:
    groups.setdefault(tuple(sorted(word)), []).append(word)
for key, members in sorted(groups.items()):
    print("".join(key), members)
seen = set()
for word in words:
    seen.add(tuple(sorted(set(word))))
print(len(seen), sorted(seen)[0])

record = (1, 2)
print(record)
record = tuple([4, 5, 6])
print(record, type(record).__name__, isinstance(record, tuple))

nums = [3, 4, 5]
print(total(*nums), total(*nums, *range(3)), total(1, *nums, 2), total(*[], start=-1), forward(*nums))
print(point(*[1, 2]), point(*[1, 2, 3]), point(0, *(7,)), point(*tuple([5, 6])))
for bad in ([1], [1, 2, 3, 4], []):
    try:
        print(point(*bad))
    except TypeError as e:
        print("TypeError:", e)

rows = [[1, 2, 3], [4, 5, 6]]
columns = list(zip(*rows))
print(columns, [sum(c) for c in columns], list(zip(*columns)))
print(list(zip(*[(10, 20), (30, 40)])), [c for c in zip(*["abc", "xy"])])

a, b, c = tuple([7, 8, 9])
first, *rest = tuple("abcd")
print(a, b, c, first, rest)
for values in ([1, 2], [1, 2, 3], [1]):
    try:
        x, y = tuple(values)
        print(x, y)
    except ValueError as e:
        print("ValueError:", e)
try:
    print(squares[10])
except IndexError as e:
    print("IndexError:", e)
try:
    squares.index(2)
except ValueError as e:
    print("ValueError:", e)
print([*squares[:3], 100], [*range(2), *nums])
t = (5, 6, 7, 8)
for k in range(3):
    print(t[k:], t[:k], t[::k + 1], ("a", "b")[k:])
