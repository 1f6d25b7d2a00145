"""Poker hand evaluation and a seeded tournament of simulated deals."""
import random
from collections import Counter
from dataclasses import dataclass
from enum import IntEnum
from functools import total_ordering
from itertools import combinations

RANKS = "23456789TJQKA"
SUITS = "cdhs"
SUIT_SYMBOLS = {"c": "♣", "d": "♦", "h": "♥", "s": "♠"}


class Category(IntEnum):
    HIGH_CARD = 1
    PAIR = 2
    TWO_PAIR = 3
    THREE_OF_A_KIND = 4
    STRAIGHT = 5
    FLUSH = 6
    FULL_HOUSE = 7
    FOUR_OF_A_KIND = 8
    STRAIGHT_FLUSH = 9

    @property
    def label(self) -> str:
        return self.name.replace("_", " ").title()


@dataclass(frozen=True)
class Card:
    rank: int  # 2..14
    suit: str

    @classmethod
    def parse(cls, text: str) -> "Card":
        if len(text) != 2 or text[0] not in RANKS or text[1] not in SUITS:
            raise ValueError(f"bad card {text!r}")
        return cls(RANKS.index(text[0]) + 2, text[1])

    def __str__(self) -> str:
        return RANKS[self.rank - 2] + SUIT_SYMBOLS[self.suit]


@total_ordering
class HandValue:
    def __init__(self, category: Category, tiebreak: tuple[int, ...]):
        self.category = category
        self.tiebreak = tiebreak

    def key(self):
        return (int(self.category), self.tiebreak)

    def __eq__(self, other):
        return self.key() == other.key()

    def __lt__(self, other):
        return self.key() < other.key()

    def __repr__(self):
        return f"HandValue({self.category.label}, {self.tiebreak})"


def evaluate5(cards: list[Card]) -> HandValue:
    ranks = sorted((c.rank for c in cards), reverse=True)
    counts = Counter(ranks)
    groups = sorted(counts.items(), key=lambda kv: (kv[1], kv[0]), reverse=True)
    flush = len({c.suit for c in cards}) == 1
    unique = sorted(set(ranks), reverse=True)
    straight_high = 0
    if len(unique) == 5:
        if unique[0] - unique[4] == 4:
            straight_high = unique[0]
        elif unique == [14, 5, 4, 3, 2]:
            straight_high = 5
    if straight_high and flush:
        return HandValue(Category.STRAIGHT_FLUSH, (straight_high,))
    if groups[0][1] == 4:
        return HandValue(Category.FOUR_OF_A_KIND, (groups[0][0], groups[1][0]))
    if groups[0][1] == 3 and groups[1][1] == 2:
        return HandValue(Category.FULL_HOUSE, (groups[0][0], groups[1][0]))
    if flush:
        return HandValue(Category.FLUSH, tuple(ranks))
    if straight_high:
        return HandValue(Category.STRAIGHT, (straight_high,))
    if groups[0][1] == 3:
        return HandValue(Category.THREE_OF_A_KIND, tuple(r for r, _ in groups))
    if groups[0][1] == 2 and groups[1][1] == 2:
        return HandValue(Category.TWO_PAIR, tuple(r for r, _ in groups))
    if groups[0][1] == 2:
        return HandValue(Category.PAIR, tuple(r for r, _ in groups))
    return HandValue(Category.HIGH_CARD, tuple(ranks))


def best_hand(cards: list[Card]) -> tuple[HandValue, list[Card]]:
    best = None
    best_cards: list[Card] = []
    for combo in combinations(cards, 5):
        value = evaluate5(list(combo))
        if best is None or value > best:
            best, best_cards = value, list(combo)
    assert best is not None
    return best, best_cards


def parse_hand(text: str) -> list[Card]:
    return [Card.parse(t) for t in text.split()]


fixed = [
    "As Ks Qs Js Ts",
    "5d 4d 3d 2d Ad",
    "9c 9d 9h 9s 2c",
    "Kh Kd Ks 3c 3d",
    "2h 7h 9h Jh Ah",
    "5c 4d 3h 2s Ac",
    "Tc Jd Qh Ks 9s",
    "7c 7d 7h Ks 2d",
    "Jc Jd 4h 4s Ac",
    "Qc Qd 8h 5s 3c",
    "Ac Jd 8h 5s 3c",
]
print("== fixed hands ==")
for text in fixed:
    v = evaluate5(parse_hand(text))
    print(f"{' '.join(str(c) for c in parse_hand(text)):<16} {v.category.label:<16} {v.tiebreak}")

print(f"straight flush > quads: {evaluate5(parse_hand(fixed[0])) > evaluate5(parse_hand(fixed[2]))}")
print(f"wheel < six-high straight: {evaluate5(parse_hand(fixed[5])) < evaluate5(parse_hand('6c 5d 4h 3s 2c'))}")
print(f"equal hands: {evaluate5(parse_hand('Ah Kd 9c 7s 2h')) == evaluate5(parse_hand('Ad Kc 9s 7h 2d'))}")

for bad in ["1s", "Ax", "K"]:
    try:
        Card.parse(bad)
    except ValueError as e:
        print("error:", e)

print("\n== seeded deals (Texas hold'em, 4 players) ==")
rng = random.Random(2024)
deck = [Card(r, s) for r in range(2, 15) for s in SUITS]
tally: Counter[str] = Counter()
wins: Counter[int] = Counter()
for deal in range(1, 201):
    cards = deck[:]
    rng.shuffle(cards)
    board = cards[:5]
    holes = [cards[5 + 2 * p: 7 + 2 * p] for p in range(4)]
    results = [best_hand(board + hole) for hole in holes]
    top = max(v for v, _ in results)
    winners = [p for p, (v, _) in enumerate(results) if v == top]
    for v, _ in results:
        tally[v.category.label] += 1
    for p in winners:
        wins[p] += 1
    if deal <= 3:
        print(f"deal {deal}: board {' '.join(map(str, board))}")
        for p, (hole, (v, used)) in enumerate(zip(holes, results)):
            mark = " *" if p in winners else ""
            print(f"  P{p}: {' '.join(map(str, hole))} -> {v.category.label}{mark}")

print("\ncategory frequencies over 800 hands:")
for cat in sorted(Category, reverse=True):
    n = tally[cat.label]
    print(f"  {cat.label:<16} {n:4d} {n / 800:7.2%} {'#' * (n // 10)}")
print("wins per seat:", dict(sorted(wins.items())))
print("sample:", [str(c) for c in rng.sample(deck, 5)], rng.randint(1, 6), round(rng.random(), 6))
