# Tuples of run-time length are tuple[T, ...]; a fixed tuple of that element type joins one.


def total(*values):
    return sum(values)


def first_rest(t):
    return t[0], t[1:]


xs = [3, 1, 2]
t = tuple(xs)
key = tuple(sorted("word"))
groups = {key: ["word"]}
pair = (1, 2)
pair = t
head, rest = first_rest(t)
s = total(*xs)
cols = list(zip(*[[1, 2], [3, 4]]))
merged = [*xs, *t]
doubled = t + (4, 5)
both = [(0, 0), tuple(xs)]
either = (0, 0) if s > 1 else t
