# random in an ordinary program: shuffled card objects, a dice game, a maze carved by a
# randomized depth-first search, and made-up names. Seeded, so CPython prints the same.
import random


class Card:
    def __init__(self, rank, suit):
        self.rank = rank
        self.suit = suit

    def __repr__(self):
        return "A23456789TJQK"[self.rank] + self.suit


def deal(seed):
    random.seed(seed)
    deck = [Card(r, s) for s in "shdc" for r in range(13)]
    random.shuffle(deck)
    hands = [deck[i * 5:(i + 1) * 5] for i in range(4)]
    for h in hands:
        print(" ".join([repr(c) for c in sorted(h, key=lambda c: (c.suit, c.rank))]))
    print("cut", random.choice(deck), "burn", random.sample(deck, 3))


def dice_game(players, rounds):
    scores = {}
    for p in players:
        scores[p] = 0
    for r in range(rounds):
        for p in players:
            a = random.randint(1, 6)
            b = random.randint(1, 6)
            if a == b:
                scores[p] += 2 * (a + b)
            else:
                scores[p] += abs(a - b)
    return scores


def maze(width, height):
    seen = [[False] * width for _ in range(height)]
    open_right = [[False] * width for _ in range(height)]
    open_down = [[False] * width for _ in range(height)]
    stack = [(0, 0)]
    seen[0][0] = True
    while stack:
        x, y = stack[-1]
        moves = [(1, 0), (-1, 0), (0, 1), (0, -1)]
        random.shuffle(moves)
        moved = False
        for dx, dy in moves:
            nx = x + dx
            ny = y + dy
            if 0 <= nx < width and 0 <= ny < height and not seen[ny][nx]:
                if dx == 1:
                    open_right[y][x] = True
                elif dx == -1:
                    open_right[y][nx] = True
                elif dy == 1:
                    open_down[y][x] = True
                else:
                    open_down[ny][x] = True
                seen[ny][nx] = True
                stack.append((nx, ny))
                moved = True
                break
        if not moved:
            stack.pop()
    lines = ["+" + "--+" * width]
    for y in range(height):
        row = "|"
        below = "+"
        for x in range(width):
            row += "  " + (" " if open_right[y][x] else "|")
            below += ("  " if open_down[y][x] else "--") + "+"
        lines.append(row)
        lines.append(below)
    return "\n".join(lines)


def name():
    vowels = "aeiou"
    consonants = "bcdfghjklmnprstvz"
    parts = []
    for _ in range(random.randint(2, 4)):
        parts.append(random.choice(consonants) + random.choice(vowels))
    return "".join(parts).capitalize()


for s in [1, 2]:
    print("deal", s)
    deal(s)
print("deal 'poker night'")
deal("poker night")
random.seed(77)
print(dice_game(["ann", "bob", "cyd"], 500))
random.seed(5)
print(maze(12, 6))
random.seed(3.25)
print(maze(7, 4))
random.seed("names")
print([name() for _ in range(25)])
