# Conway's life on a torus with a set of cells, Counter over a nested generator, seeded random.Random.

import random
from collections import Counter


class Grid:
    def __init__(self, w, h, alive=()):
        self.w, self.h = w, h
        self.cells = set(alive)

    @classmethod
    def random(cls, w, h, density, seed):
        rng = random.Random(seed)
        return cls(w, h, ((x, y) for x in range(w) for y in range(h) if rng.random() < density))

    def neighbours(self, x, y):
        for dx in (-1, 0, 1):
            for dy in (-1, 0, 1):
                if dx or dy:
                    yield (x + dx) % self.w, (y + dy) % self.h

    def step(self):
        counts = Counter(n for c in self.cells for n in self.neighbours(*c))
        self.cells = {c for c, k in counts.items() if k == 3 or (k == 2 and c in self.cells)}
        return self

    def __str__(self):
        return "\n".join("".join("#" if (x, y) in self.cells else "." for x in range(self.w)) for y in range(self.h))

    def __len__(self):
        return len(self.cells)


g = Grid.random(16, 8, 0.35, seed=7)
print(g)
history = [len(g)]
for _ in range(12):
    history.append(len(g.step()))
print(history)
print(g)
glider = Grid(8, 8, [(1, 0), (2, 1), (0, 2), (1, 2), (2, 2)])
for _ in range(4):
    glider.step()
print(sorted(glider.cells))
rng = random.Random(42)
print(rng.randint(1, 6), rng.choice("abc"), rng.sample(range(10), 3), round(rng.uniform(1, 2), 6))
deck = list(range(10))
rng.shuffle(deck)
print(deck, rng.random() < 0.5, rng.gauss(0, 1) > -10)
