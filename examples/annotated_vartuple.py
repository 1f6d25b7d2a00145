# a tuple[int, ...] annotation on a value that holds tuples of several lengths
def ranks(xs: list[int], pair: bool) -> tuple[int, ...]:
    if pair:
        return (xs[0], xs[1])
    return tuple(x for x in xs if x > 1)


def show(t: tuple[int, ...], label: tuple) -> str:
    return f"{label}: {t} len={len(t)}"


a: tuple[int, ...] = ranks([3, 1, 4], True)
print(show(a, ("pair",)))
print(show(ranks([3, 1, 4, 1, 5], False), ("many", 2)))
