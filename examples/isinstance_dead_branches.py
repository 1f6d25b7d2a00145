"""Branches a specialization never takes are not analysed: isinstance tests combined with not/and/or, elif chains, tuples of classes, early returns."""

def fmt(x):
    if isinstance(x, list):
        return ", ".join(str(v) for v in x)
    return str(x + 1)


def kind(x):
    if isinstance(x, (list, tuple)):
        return len(x)
    elif isinstance(x, str):
        return len(x.upper())
    return x * 2




def both(x, y):
    if isinstance(x, int) and isinstance(y, int):
        return x + y
    return len(x) + len(y)


print(fmt([1, 2]), fmt(3))
print(kind([1]), kind((1, 2)), kind("ab"), kind(4))
print(both(1, 2), both("a", "bc"))


def mixed(x, n):
    if not isinstance(x, str) or n > 100:
        return x
    return x.upper()


def either(x):
    if isinstance(x, int) or isinstance(x, float):
        return x * 2
    elif isinstance(x, list) and len(x) > 1:
        return len(x)
    elif isinstance(x, list):
        return -1
    else:
        return len(x.strip())


print(mixed(5, 1), mixed("ab", 1), mixed("cd", 200))
print(either(2), either([1, 2]), either([1]), either(" ab "))
