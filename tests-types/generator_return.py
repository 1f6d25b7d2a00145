# A generator's return value is the third parameter of Generator[...]: int when every path
# returns one, int | None when the body may also end without a value.


def counted(n):
    for i in range(n):
        yield i
    return n


def maybe(flag):
    yield 7
    if flag:
        return 1


def outer():
    total = yield from counted(3)
    extra = yield from maybe(True)
    yield total * 10 + (extra if extra is not None else 0)


print(list(outer()))
