"""Dataclasses: generated __init__, __repr__, __eq__, ordering, defaults, default_factory,
__post_init__, inheritance, and user methods beside the generated ones."""
from dataclasses import dataclass, field
from typing import ClassVar, Dict, List, Optional


@dataclass
class Point:
    x: int
    y: float = 2.5

    def moved(self, dx: int) -> "Point":
        return Point(self.x + dx, self.y)


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0
    label: str = field(default="", compare=False)


@dataclass
class Inventory:
    owner: str
    items: List[str] = field(default_factory=list)
    counts: Dict[str, int] = field(default_factory=dict)
    total: int = field(default=0, repr=False)
    created: ClassVar[int] = 0

    def add(self, name: str, n: int = 1) -> None:
        if name not in self.counts:
            self.items.append(name)
            self.counts[name] = 0
        self.counts[name] += n
        self.total += n


@dataclass
class Rect:
    width: float
    height: float
    area: float = field(init=False)

    def __post_init__(self) -> None:
        self.area = self.width * self.height


@dataclass
class Animal:
    name: str
    sound: str = "..."

    def speak(self) -> str:
        return f"{self.name} says {self.sound}"


@dataclass
class Dog(Animal):
    tricks: List[str] = field(default_factory=list)
    sound: str = "woof"


@dataclass(eq=False)
class Node:
    value: int
    label: str = "n"


@dataclass
class Empty:
    pass


@dataclass
class Pair:
    left: Point
    right: Point
    note: str = 'it\'s "quoted"'


p = Point(1)
q = Point(x=1, y=2.5)
print(p, q)
print(p == q, p != q, p == Point(2), p.moved(3))
print([Point(i, i / 2) for i in range(3)])

versions = [Version(1, 2, 3), Version(1, 0), Version(0, 9, 9, "beta"), Version(1, 2, 3, "rc")]
print(sorted(versions))
print(Version(1, 2) < Version(1, 10), Version(2) >= Version(1, 99, 99), Version(1, 2, 3) <= Version(1, 2, 3, "x"))
print(Version(1, 2, 3, "a") == Version(1, 2, 3, "b"), max(versions), min(versions))

inv = Inventory("ada")
inv.add("apple", 3)
inv.add("pear")
inv.add("apple")
other = Inventory("bob")
print(inv)
print(other, inv.total, Inventory.created)
print(inv == Inventory("ada", ["apple", "pear"], {"apple": 4, "pear": 1}, 5))

r = Rect(2.0, 3.5)
print(r, r.area)

d = Dog("rex", tricks=["sit"])
a = Animal("cat", "meow")
print(d, a)
print(d.speak(), a.speak(), Dog("fido").speak())

n1 = Node(1)
n2 = Node(1)
print(n1 == n2, n1 == n1, n1)
seen = {n1, n2}
print(len(seen))

print(Empty(), Empty() == Empty())
pair = Pair(Point(0, 0.0), Point(1, -1.5))
print(pair)
print(repr(pair.note), str(pair))

by_name: Dict[str, Point] = {"origin": Point(0, 0.0)}
print(by_name, Point(0, 0.0) in [p, Point(0, 0.0)], [p, q].count(Point(1)))
try:
    print(hash(p))
except TypeError as e:
    print("TypeError:", e)
