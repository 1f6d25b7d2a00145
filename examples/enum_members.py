"""Enums: members with int and str values, auto(), .name and .value, lookup by value and by name,
iteration in definition order, len, comparison, members as dict keys, IntEnum members as ints."""
from enum import Enum, IntEnum, auto, unique


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3

    def describe(self) -> str:
        return self.name.lower() + " #" + str(self.value)

    def next(self) -> "Color":
        return Color(self.value % len(Color) + 1)


@unique
class Direction(Enum):
    NORTH = "N"
    EAST = "E"
    SOUTH = "S"
    WEST = "W"


class Status(Enum):
    TODO = auto()
    DOING = auto()
    DONE = auto()


class Priority(IntEnum):
    LOW = 1
    MEDIUM = 5
    HIGH = 10


print(Color.RED, repr(Color.GREEN), Color.BLUE.name, Color.BLUE.value)
print(Color(2), Color["BLUE"], Color.RED.describe(), Color.BLUE.next(), Color.GREEN.next())
print(list(Color), len(Color), [c.name for c in Color])
for d in Direction:
    print(d.name, d.value, d, repr(d))
print(Direction("S") is Direction.SOUTH, Direction.EAST == Direction.EAST, Direction.EAST != Direction.WEST)
print([s.value for s in Status], Status.DONE, repr(Status.TODO))
print(Priority.HIGH, repr(Priority.LOW), Priority.LOW < Priority.HIGH, max(Priority), sorted(Priority, reverse=True))
print(Priority.LOW == 1, Priority.MEDIUM != 5, Priority.MEDIUM < 7, 3 < Priority.MEDIUM, Priority(10) == Priority.HIGH, 5 == Priority.MEDIUM, 1 != Priority.LOW)
print(Priority.HIGH + 1, 2 * Priority.MEDIUM, Priority.HIGH - Priority.LOW, [p.name for p in Priority if p >= 5])
print(f"{Color.RED} / {Priority.MEDIUM} / {Direction.NORTH.value}")

counts = {Color.RED: 0, Color.GREEN: 0}
for c in [Color.RED, Color.GREEN, Color.RED]:
    counts[c] += 1
print(counts, Color.RED in counts, Color.BLUE in counts)
print(isinstance(Color.RED, Color), type(Color.RED).__name__)

try:
    Color(7)
except ValueError as e:
    print("ValueError:", e)
try:
    Direction("X")
except ValueError as e:
    print("ValueError:", e)
try:
    Color["PURPLE"]
except KeyError as e:
    print("KeyError:", e)
