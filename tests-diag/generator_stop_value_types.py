# e.value of a StopIteration has one type in the whole program: generators that return an int
# and a str cannot both be read through it (yield from still gives each its own type).


def a():
    yield 1
    return 2


def b():
    yield 1
    return "two"  # error: e\.value of StopIteration \(what any generator of the program returns\) holds both int and str


g = a()
next(g)
try:
    next(g)
except StopIteration as e:
    print(e.value)
print(list(b()))
