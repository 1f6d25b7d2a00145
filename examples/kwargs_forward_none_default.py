"""A decorator's wrapper forwards **kwargs to a parameter whose default is None."""
import functools


def announce(label):
    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            print(f"== {label}: {f.__name__} ==")
            return f(*args, **kwargs)
        return wrapper
    return decorate


@announce("report")
def report(items, only=None):
    chosen = [x for x in items if only is None or x in only]
    return ", ".join(chosen) or "-"


print(report(["a", "b", "c"]))
print(report(["a", "b", "c"], only=["b", "c"]))
print(report(["a"], only=[]))
