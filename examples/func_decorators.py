# Function decorators at module level: wrappers closing over the function, stacked decorators, decorator factories, *args forwarding, fn.__name__.
def logged(fn):
    def wrapper(a, b):
        result = fn(a, b)
        print("  called with", a, b, "->", result)
        return result
    return wrapper


def twice(fn):
    def wrapper(*args):
        return fn(*fn(*args))
    return wrapper


def tagged(fn):
    print("decorating")
    return fn


@logged
def add(a, b):
    return a + b


@tagged
def sub(a, b):
    return a - b


@twice
def swap(a, b):
    return b, a


@logged
@logged
def mul(a, b):
    return a * b


print(add(2, 3), add(10, 20), sub(5, 3), swap(1, 2), mul(3, 4))


def repeat(n):
    def decorate(fn):
        def wrapper(x):
            out = []
            for _ in range(n):
                out.append(fn(x))
            return out
        return wrapper
    return decorate


@repeat(3)
def shout(s):
    return s.upper()


def show_name(fn):
    print("registering", fn.__name__)
    return fn


@show_name
def helper():
    return 1


print(shout("hi"), helper(), (lambda: 0).__name__, add.__name__, shout.__name__)
