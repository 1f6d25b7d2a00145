"""collections.namedtuple: records with named fields, value equality, ordering and hashing."""
from collections import namedtuple
import collections

Point = namedtuple("Point", ["x", "y"])
Card = collections.namedtuple("Card", "rank suit")
Employee = namedtuple("Employee", "name, dept, salary")


def dist2(a, b):
    return (a.x - b.x) ** 2 + (a.y - b.y) ** 2


p = Point(1, 2)
q = Point(x=4, y=6)
print(p, q, repr(q), str(p))
print(p.x, p.y, dist2(p, q), len(p))
print(p == Point(1, 2), p != q, p < q, q <= p)

cards = [Card("Q", "hearts"), Card("2", "spades"), Card("A", "clubs"), Card("2", "hearts")]
cards.sort()
print(cards)
print(sorted(cards, key=lambda c: c.suit)[0])
seen = {Card("2", "spades"): 1}
print(Card("2", "spades") in seen, Card("3", "spades") in seen)

staff = [
    Employee("ann", "eng", 120.0),
    Employee("bob", "ops", 95.5),
    Employee("cy", "eng", 101.25),
]
by_dept = {}
for e in staff:
    by_dept[e.dept] = by_dept.get(e.dept, 0.0) + e.salary
print(by_dept)
best = max(staff, key=lambda e: e.salary)
print(best.name, best)
