"""tuple() of a tuple (and with no argument), list.index with start and end."""


def normalise(tags=()):
    return tuple(tags)


print(normalise(("a", "b")), normalise(), normalise(["x"]))
print(tuple((1, 2, 3)), tuple(), tuple([]) == ())
pair = ("x", "y")
print(tuple(pair) == pair, len(tuple(pair)))

xs = ["a", ";", "b", ";", "c"]
print(xs.index(";"), xs.index(";", 2), xs.index("b", 1, 3), xs.index(";", -3))
try:
    xs.index("a", 1)
except ValueError as e:
    print(e)
try:
    xs.index("c", 0, 4)
except ValueError as e:
    print(e)
