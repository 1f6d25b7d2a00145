# Context managers: __enter__/__exit__ with the with statement, exception suppression, nesting and cleanup order.


class Indenter:
    def __init__(self):
        self.level = 0

    def __enter__(self):
        self.level += 1
        return self

    def __exit__(self, exc_type, exc, tb):
        self.level -= 1
        return False

    def say(self, text):
        print("    " * self.level + text)


class Resource:
    opened = []

    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress

    def __enter__(self):
        Resource.opened.append(self.name)
        print("open", self.name)
        return self.name.upper()

    def __exit__(self, exc_type, exc, tb):
        Resource.opened.remove(self.name)
        if exc_type is None:
            print("close", self.name)
        else:
            print("close", self.name, "after", exc_type.__name__ + ":", exc)
        return self.suppress


ind = Indenter()
with ind:
    ind.say("level one")
    with ind:
        ind.say("level two")
        with ind as again:
            again.say("level three")
    ind.say("back to one")
ind.say("level zero")

with Resource("db") as handle:
    print("using", handle)

with Resource("log", suppress=True):
    print("writing log")
    raise ValueError("disk full")
print("the ValueError was suppressed")

try:
    with Resource("outer") as a, Resource("inner") as b:
        print("using", a, "and", b, "open:", Resource.opened)
        x = {"k": 1}["missing"]
except KeyError as e:
    print("caught KeyError", e, "open now:", Resource.opened)


def first_negative(values):
    with Resource("scan"):
        for v in values:
            if v < 0:
                return v
    return 0


print("first negative:", first_negative([3, 1, -4, 1, -5]))
