# Conway's game of life on a small grid: nested lists, tuples, generator expressions.
def neighbors(grid, r, c):
    count = 0
    for dr in (-1, 0, 1):
        for dc in (-1, 0, 1):
            if dr == 0 and dc == 0:
                continue
            rr, cc = r + dr, c + dc
            if 0 <= rr < len(grid) and 0 <= cc < len(grid[0]):
                count += grid[rr][cc]
    return count

def step(grid):
    new = [[0] * len(grid[0]) for _ in range(len(grid))]
    for r in range(len(grid)):
        for c in range(len(grid[0])):
            n = neighbors(grid, r, c)
            if grid[r][c] == 1 and n in (2, 3):
                new[r][c] = 1
            elif grid[r][c] == 0 and n == 3:
                new[r][c] = 1
    return new

def show(grid):
    for row in grid:
        print("".join("#" if x else "." for x in row))
    print()

g = [[0, 1, 0, 0, 0], [0, 0, 1, 0, 0], [1, 1, 1, 0, 0], [0, 0, 0, 0, 0], [0, 0, 0, 0, 0]]
for _ in range(3):
    show(g)
    g = step(g)
print(sum(sum(row) for row in g))
