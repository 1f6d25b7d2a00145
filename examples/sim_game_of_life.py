# Conway's Game of Life on a set of (row, col) tuples inside a class with __str__, __len__ and __contains__.


class Life:
    def __init__(self, pattern):
        self.cells = set()
        for r, line in enumerate(pattern):
            for c, ch in enumerate(line):
                if ch == "#":
                    self.cells.add((r, c))
        self.generation = 0

    def neighbours(self, cell):
        r, c = cell
        return [(r + dr, c + dc) for dr in (-1, 0, 1) for dc in (-1, 0, 1) if dr or dc]

    def step(self):
        counts = {}
        for cell in self.cells:
            for n in self.neighbours(cell):
                counts[n] = counts.get(n, 0) + 1
        self.cells = {cell for cell, k in counts.items() if k == 3 or (k == 2 and cell in self.cells)}
        self.generation += 1

    def bounds(self):
        rows = [r for r, _ in self.cells]
        cols = [c for _, c in self.cells]
        return min(rows), min(cols), max(rows), max(cols)

    def __len__(self):
        return len(self.cells)

    def __contains__(self, cell):
        return cell in self.cells

    def __str__(self):
        r0, c0, r1, c1 = self.bounds()
        lines = []
        for r in range(r0, r1 + 1):
            lines.append("".join("#" if (r, c) in self.cells else "." for c in range(c0, c1 + 1)))
        return "\n".join(lines)


glider = Life([".#.", "..#", "###"])
for _ in range(4):
    glider.step()
print("glider after", glider.generation, "generations:", sorted(glider.cells))
print(glider)
blinker = Life(["###"])
blinker.step()
print("blinker:", len(blinker), (0, 1) in blinker, (1, 0) in blinker, blinker.bounds())
acorn = Life([".#.....", "...#...", "##..###"])
history = []
for _ in range(60):
    acorn.step()
    history.append(len(acorn))
print("acorn populations every 10:", history[9::10])
print("acorn bounds after 60:", acorn.bounds())
r_pent = Life([".##", "##.", ".#."])
seen = {}
while frozenset(r_pent.cells) not in seen and r_pent.generation < 200:
    seen[frozenset(r_pent.cells)] = r_pent.generation
    r_pent.step()
print("r-pentomino: generation", r_pent.generation, "population", len(r_pent))
