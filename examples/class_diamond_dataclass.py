# Inheritance: a diamond with super() chains, class attributes, classmethod constructors,
# staticmethods overridden, dataclass ordering with field(compare=False), identity equality.

from dataclasses import dataclass, field


class Base:
    registry = []

    def __init__(self, name):
        self.name = name
        Base.registry.append(name)

    def describe(self):
        return f"Base({self.name})"

    @classmethod
    def create(cls, name):
        return cls(name)

    @staticmethod
    def kind():
        return "base"

    def __repr__(self):
        return f"<{type(self).__name__} {self.name}>"


class Left(Base):
    def describe(self):
        return "Left>" + super().describe()


class Right(Base):
    def describe(self):
        return "Right>" + super().describe()


class Diamond(Left, Right):
    def describe(self):
        return "Diamond>" + super().describe()

    @staticmethod
    def kind():
        return "diamond"


@dataclass(order=True)
class Item:
    priority: int
    name: str = field(compare=False)
    tags: list = field(default_factory=list, compare=False)


objs = [Base("b"), Left("l"), Right("r"), Diamond.create("d")]
for o in objs:
    print(o.describe(), o.kind(), repr(o))
print(Base.registry, len(Base.registry))
print(objs, str(objs[0]))
items = [Item(3, "c"), Item(1, "a", ["x"]), Item(2, "b")]
items.sort()
print(items)
print(Item(1, "z") == Item(1, "q"), Item(1, "a") < Item(2, "a"))
print(sorted(objs, key=lambda o: o.name, reverse=True))
print(isinstance(objs[3], Left), isinstance(objs[3], Right), issubclass(Diamond, Base))
a, b = objs[0], objs[0]
print(a == b, a is b, objs[0] == objs[1], objs[0] != objs[1])
