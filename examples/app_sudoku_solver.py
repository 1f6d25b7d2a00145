"""Sudoku: parse, validate, solve by constraint propagation plus backtracking, and print."""

DIGITS = "123456789"


class Unsolvable(Exception):
    pass


class Board:
    def __init__(self, text):
        cells = [c for c in text if c in DIGITS or c in ".0"]
        if len(cells) != 81:
            raise ValueError(f"expected 81 cells, got {len(cells)}")
        self.grid = [[0 if c in ".0" else int(c) for c in cells[r * 9:(r + 1) * 9]] for r in range(9)]
        self.guesses = 0

    def copy(self):
        b = Board("." * 81)
        b.grid = [row[:] for row in self.grid]
        return b

    def candidates(self, r, c):
        used = set(self.grid[r])
        used.update(self.grid[i][c] for i in range(9))
        br, bc = 3 * (r // 3), 3 * (c // 3)
        used.update(self.grid[i][j] for i in range(br, br + 3) for j in range(bc, bc + 3))
        return [d for d in range(1, 10) if d not in used]

    def is_valid(self):
        units = []
        units.extend(self.grid)
        units.extend([self.grid[r][c] for r in range(9)] for c in range(9))
        for br in range(0, 9, 3):
            for bc in range(0, 9, 3):
                units.append([self.grid[r][c] for r in range(br, br + 3) for c in range(bc, bc + 3)])
        for unit in units:
            filled = [d for d in unit if d]
            if len(filled) != len(set(filled)):
                return False
        return True

    def propagate(self):
        changed = True
        while changed:
            changed = False
            for r in range(9):
                for c in range(9):
                    if self.grid[r][c] == 0:
                        cand = self.candidates(r, c)
                        if not cand:
                            raise Unsolvable(f"no candidate for cell ({r}, {c})")
                        if len(cand) == 1:
                            self.grid[r][c] = cand[0]
                            changed = True

    def solve(self):
        self.propagate()
        best = None
        for r in range(9):
            for c in range(9):
                if self.grid[r][c] == 0:
                    cand = self.candidates(r, c)
                    if best is None or len(cand) < len(best[2]):
                        best = (r, c, cand)
        if best is None:
            return self
        r, c, cand = best
        for d in cand:
            trial = self.copy()
            trial.grid[r][c] = d
            self.guesses += 1
            try:
                solved = trial.solve()
                self.guesses += trial.guesses
                return solved
            except Unsolvable:
                self.guesses += trial.guesses
                continue
        raise Unsolvable("all candidates failed")

    def __str__(self):
        lines = []
        for r, row in enumerate(self.grid):
            if r and r % 3 == 0:
                lines.append("------+-------+------")
            parts = []
            for c, d in enumerate(row):
                if c and c % 3 == 0:
                    parts.append("|")
                parts.append(str(d) if d else ".")
            lines.append(" ".join(parts))
        return "\n".join(lines)


PUZZLES = {
    "easy": """
        53..7.... 6..195... .98....6.
        8...6...3 4..8.3..1 7...2...6
        .6....28. ...419..5 ....8..79""",
    "hard": """
        8........ ..36..... .7..9.2..
        .5...7... ....457.. ...1...3.
        ..1....68 ..85...1. .9....4..""",
    "broken": "11" + "." * 79,
    "short": "123",
}

for name, text in PUZZLES.items():
    print(f"== {name} ==")
    try:
        board = Board(text)
    except ValueError as e:
        print("cannot parse:", e)
        continue
    if not board.is_valid():
        print("invalid puzzle")
        continue
    given = sum(1 for row in board.grid for d in row if d)
    try:
        solved = board.solve()
    except Unsolvable as e:
        print("unsolvable:", e)
        continue
    print(solved)
    print(f"givens={given} guesses={board.guesses} valid={solved.is_valid()}")
    print("row sums:", [sum(row) for row in solved.grid])
