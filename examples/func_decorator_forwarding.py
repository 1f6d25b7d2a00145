# Decorators that forward *args and **kwargs, also when no call passes keywords.

import functools


def counted(fn):
    calls = 0
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        nonlocal calls
        calls += 1
        result = fn(*args, **kwargs)
        print(f"{fn.__name__} call #{calls} -> {result!r}")
        return result
    return wrapper

@counted
def greet(name="world", punct="!"):
    return "hello " + name + punct

@counted
def scale(x, factor=2.5):
    return x * factor

greet()
greet("bob")
greet(punct="?")
greet("amy", punct=".")
scale(4.0)
scale(1.0, factor=10.0)
scale(x=3.0)


def logged(fn):
    @functools.wraps(fn)
    def wrapper(*args, **kwargs):
        print("call", fn.__name__, args)
        return fn(*args, **kwargs)
    return wrapper

@logged
def area(w, h=1.5):
    return w * h

print(area(2.0))
print(area(2.0, 3.0))
print(area(2.0, h=4.0))
