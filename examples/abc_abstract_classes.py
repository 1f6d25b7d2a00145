# abc: ABC bases, metaclass=ABCMeta, @abstractmethod (also under @property and @classmethod);
# calling a class that still has abstract methods raises CPython's TypeError; `...` bodies
import abc
from abc import ABC, ABCMeta, abstractmethod


class Animal(ABC):
    def __init__(self, name):
        self.name = name

    @abstractmethod
    def sound(self):
        ...

    @property
    @abstractmethod
    def legs(self):
        ...

    def describe(self):
        return f"{self.name} says {self.sound()} on {self.legs} legs"


class Dog(Animal):
    def sound(self):
        return "woof"

    @property
    def legs(self):
        return 4


class Bird(Animal):
    def sound(self):
        return "tweet"


class Parrot(Bird):
    @property
    def legs(self):
        return 2

    def sound(self):
        return "hello, " + super().sound()


class Codec(metaclass=ABCMeta):
    @abstractmethod
    def encode(self, text):
        pass

    @abstractmethod
    def decode(self, data):
        pass

    prefix = "codec"

    @classmethod
    def name(cls):
        return cls.prefix + ":" + str(len(cls.prefix))


class Rot13(Codec):
    prefix = "rot"

    def encode(self, text):
        return "".join(chr((ord(c) - 97 + 13) % 26 + 97) if c.islower() else c for c in text)

    def decode(self, data):
        return self.encode(data)


class Plugin(abc.ABC):
    @abc.abstractmethod
    def run(self, x):
        raise NotImplementedError


class Doubler(Plugin):
    def run(self, x):
        return 2 * x


def stub():
    ...


animals = [Dog("rex"), Parrot("polly")]
for a in animals:
    print(a.describe())
r = Rot13()
print(Rot13.name(), r.encode("hello, world"), r.decode(r.encode("abc")))
print(Doubler().run(21), stub())
for make in (lambda: Animal("x"), lambda: Bird("tweety"), lambda: Codec(), lambda: Plugin()):
    try:
        make()
        print("made")
    except TypeError as e:
        print("TypeError:", e)
Bird("late")
