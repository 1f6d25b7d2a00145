# x = f() where f always raises (or where the class is abstract): the call runs and raises,
# nothing is stored, and the lines after it in the block never run
from abc import ABC, abstractmethod


class Source(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def read(self):
        ...


def fail(msg):
    raise ValueError(msg)


def load(path):
    data = fail("cannot read " + path)
    return data.upper()


try:
    r = fail("top level")
    print(r.count("x"))
except ValueError as e:
    print("ValueError:", e)
try:
    print(load("a.txt"))
except ValueError as e:
    print("ValueError:", e)
for args in (("db",),):
    try:
        src = Source(*args)
        print(src.read())
    except TypeError as e:
        print("TypeError:", e)
