"""Frozen dataclasses: hashable by their fields (usable in sets and as dict keys), and assigning
to a field raises dataclasses.FrozenInstanceError."""
import dataclasses
from dataclasses import dataclass, field


@dataclass(frozen=True)
class Coord:
    row: int
    col: int

    def neighbours(self) -> list:
        return [Coord(self.row + dr, self.col + dc) for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1))]


@dataclasses.dataclass(frozen=True, order=True)
class Card:
    rank: int
    suit: str = "spades"


@dataclass(unsafe_hash=True)
class Tag:
    name: str
    weight: float = field(default=1.0, compare=False)


start = Coord(0, 0)
print(start, start.neighbours())
seen = {start}
frontier = [start]
for step in range(3):
    nxt = []
    for c in frontier:
        for n in c.neighbours():
            if n not in seen:
                seen.add(n)
                nxt.append(n)
    frontier = nxt
print(len(seen), Coord(2, 1) in seen, Coord(3, 1) in seen)
print({Coord(1, 2), Coord(0, 0), Coord(5, -1), Coord(-3, 7)})
dist = {Coord(0, 0): 0, Coord(0, 1): 1}
dist[Coord(0, 1)] += 5
print(dist, hash(Coord(1, 2)) == hash(Coord(1, 2)))

hand = [Card(10), Card(3, "hearts"), Card(10, "clubs"), Card(3)]
print(sorted(hand))
print(max(hand), Card(3) < Card(3, "z"), len(set(hand + hand)))

t = Tag("x", 2.0)
print(t == Tag("x"), hash(t) == hash(Tag("x", 5.0)), {t: 1}[Tag("x")])

try:
    start.row = 5
except dataclasses.FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
try:
    hand[0].suit = "diamonds"
except AttributeError as e:
    print("AttributeError:", e)
print(start, hand[0])
hand[1].rank = 4
print("not reached")
