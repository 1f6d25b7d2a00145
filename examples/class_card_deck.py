# Playing cards: __eq__, __lt__, __hash__, __repr__, class-level constants, a deterministic shuffle and hand ranking.

RANKS = "23456789TJQKA"
SUITS = "cdhs"


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def value(self):
        return RANKS.index(self.rank)

    def __eq__(self, other):
        return self.rank == other.rank and self.suit == other.suit

    def __lt__(self, other):
        return (self.value(), self.suit) < (other.value(), other.suit)

    def __hash__(self):
        return self.value() * 4 + SUITS.index(self.suit)

    def __repr__(self):
        return self.rank + self.suit


class Deck:
    def __init__(self):
        self.cards = [Card(r, s) for s in SUITS for r in RANKS]
        self.seed = 12345

    def rand(self, n):
        self.seed = (self.seed * 1103515245 + 12345) % 2147483648
        return self.seed % n

    def shuffle(self):
        for i in range(len(self.cards) - 1, 0, -1):
            j = self.rand(i + 1)
            self.cards[i], self.cards[j] = self.cards[j], self.cards[i]

    def deal(self, n):
        hand = self.cards[:n]
        del self.cards[:n]
        return hand

    def __len__(self):
        return len(self.cards)


def classify(hand):
    counts = {}
    for c in hand:
        counts[c.rank] = counts.get(c.rank, 0) + 1
    shape = sorted(counts.values(), reverse=True)
    flush = len({c.suit for c in hand}) == 1
    values = sorted(c.value() for c in hand)
    straight = len(counts) == 5 and values[4] - values[0] == 4
    if straight and flush:
        return "straight flush"
    if shape[0] == 4:
        return "four of a kind"
    if shape[:2] == [3, 2]:
        return "full house"
    if flush:
        return "flush"
    if straight:
        return "straight"
    if shape[0] == 3:
        return "three of a kind"
    if shape[:2] == [2, 2]:
        return "two pair"
    return "pair" if shape[0] == 2 else "high card"


deck = Deck()
deck.shuffle()
print("deck size", len(deck), "unique", len(set(deck.cards)))
for player in range(6):
    hand = sorted(deck.deal(5))
    print(f"player {player}: {hand} -> {classify(hand)}, best {max(hand)}")
print("left in deck:", len(deck))
fixed = [Card("A", "s"), Card("K", "s"), Card("Q", "s"), Card("J", "s"), Card("T", "s")]
print(classify(fixed), Card("A", "s") in fixed, Card("A", "h") in fixed, sorted(fixed)[0])
