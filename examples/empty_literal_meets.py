# An empty list, set or dict literal gets its element type from what its elements meet: the other
# operand of a set operator or of a comparison, the item tested with `in`, the key a dict is looked up by.


def pick(tags, only):
    return sorted(set(tags) & set(only))


def without(tags, drop):
    s = set(tags)
    s -= set(drop)
    return sorted(s)


def same(a, b):
    return set(a) == set(b)


def same_dict(a, b):
    return dict(a) == dict(b)


def has(x, b):
    return x in set(b)


print(pick(["a", "b"], ["b"]))
print(pick(["a", "b"], []))
print(without(["a", "b"], ["a"]))
print(without(["a", "b"], []))
print(same(["a"], []), same(["a"], ["a"]))
print(same_dict({"a": 1}, {}), same_dict({"a": 1}, {"a": 1}))
print(has("a", []), has("a", ["a"]))
xs = ["p"]
print([] == xs, xs != [], xs + [], [] + xs)
d = {"a": ["x"]}
print(d.get("b", []), xs or [])
print(set() | {"a"}, {"a"} - set())

# a callback over a list that never holds anything: never called
nothing = []
print(sorted([], key=len), sorted(nothing, key=len), list(map(len, nothing)))

# a dict nothing is ever stored in, looked up by str keys
empty = {}
try:
    print(empty["x"])
except KeyError as e:
    print("KeyError", e)
print(empty.get("y"), "z" in empty)
