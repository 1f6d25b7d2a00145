# abc.ABC and @abstractmethod: instantiating a class with abstract methods left raises
# CPython's TypeError; subclasses that implement them all are ordinary classes.
import abc
from abc import ABC, abstractmethod
from dataclasses import dataclass


class Plugin(ABC):
    @abstractmethod
    def run(self, x):
        """Transform x."""

    @property
    @abstractmethod
    def label(self):
        pass

    def describe(self):
        return f"{self.label}: {self.run(10)}"


class Doubler(Plugin):
    def run(self, x):
        return 2 * x

    @property
    def label(self):
        return "doubler"


class HalfDone(Plugin):
    def run(self, x):
        return x + 1


class Named:
    def __init__(self, name):
        self.name = name


class Store(Named, abc.ABC):
    def __init__(self, name, size):
        super().__init__(name)
        self.size = size

    @abc.abstractmethod
    def get(self, key):
        raise NotImplementedError

    @abc.abstractmethod
    def put(self, key, value):
        ...


class DictStore(Store):
    def __init__(self, name):
        super().__init__(name, 0)
        self.data = {}

    def get(self, key):
        return self.data.get(key, "?")

    def put(self, key, value):
        self.data[key] = value


class LabelMixin:
    @property
    def label(self):
        return "mixed in"


class Tripler(LabelMixin, Plugin):
    def run(self, x):
        return 3 * x


class Reader(Store):
    def get(self, key):
        return "read " + key


@dataclass
class Shape(ABC):
    name: str

    @abstractmethod
    def area(self):
        ...


@dataclass
class Square(Shape):
    side: float

    def area(self):
        return self.side ** 2


for make in (lambda: Doubler(), lambda: HalfDone(), lambda: Plugin()):
    try:
        p = make()
        print(p.describe())
    except TypeError as e:
        print("TypeError:", e)

print(Tripler().describe())
s = DictStore("mem")
s.put("a", "1")
print(s.name, s.get("a"), s.get("b"), isinstance(s, Store), isinstance(s, Named))
for args in (("r", 3),):
    try:
        r = Reader(*args)
        print(r.get("x"))
    except TypeError as e:
        print("TypeError:", e)
    try:
        st = Store(*args)
        print(st.name)
    except TypeError as e:
        print("TypeError:", e)

sq = Square("sq", 1.5)
print(sq, sq.area())
try:
    print(Shape("abstract"))
except TypeError as e:
    print("TypeError:", e)
