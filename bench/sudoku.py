# Sudoku solver: constraint propagation on candidate bitmasks plus depth-first search with the fewest-candidates cell.

PUZZLES = [
    "4.....8.5.3..........7......2.....6.....8.4......1.......6.3.7.5..2.....1.4......",
    "52...6.........7.13...........4..8..6......5...........418.........3..2...87.....",
    "6.....8.3.4.7.................5.4.7.3..2.....1.6.......2.....5.....8.6......1....",
    "....14....3....2...7..........9...3.6.1.............8.2.....1.4....5.6.....7.8...",
]

PEERS = []
for cell in range(81):
    r, c = divmod(cell, 9)
    br, bc = r - r % 3, c - c % 3
    peers = set()
    for k in range(9):
        peers.add(r * 9 + k)
        peers.add(k * 9 + c)
        peers.add((br + k // 3) * 9 + bc + k % 3)
    peers.discard(cell)
    PEERS.append(sorted(peers))

ALL = (1 << 9) - 1


def bit_count(m):
    n = 0
    while m:
        m &= m - 1
        n += 1
    return n


class Solver:
    def __init__(self):
        self.nodes = 0

    def solve(self, grid):
        """grid: list of 81 ints, 0 for empty. Returns a solved list or an empty list."""
        self.nodes += 1
        cands = [0] * 81
        best, best_count = -1, 10
        for i in range(81):
            if grid[i] == 0:
                used = 0
                for p in PEERS[i]:
                    if grid[p]:
                        used |= 1 << (grid[p] - 1)
                m = ALL & ~used
                if m == 0:
                    return []
                n = bit_count(m)
                if n < best_count:
                    best, best_count = i, n
                cands[i] = m
        if best < 0:
            return grid
        m = cands[best]
        for d in range(9):
            if m & (1 << d):
                grid[best] = d + 1
                result = self.solve(grid)
                if result:
                    return result
        grid[best] = 0
        return []


total_nodes = 0
for puzzle in PUZZLES:
    s = Solver()
    grid = [0 if ch == "." else int(ch) for ch in puzzle]
    solved = s.solve(grid)
    total_nodes += s.nodes
    print("".join(str(d) for d in solved[:27]), s.nodes)
print("total search nodes", total_nodes)
