"""Generate a maze with a seeded random depth-first search, then solve it with BFS and A*."""
import random
import heapq
from collections import deque

WALL, OPEN = "#", " "


class Maze:
    def __init__(self, width, height, seed):
        self.w = width
        self.h = height
        self.rng = random.Random(seed)
        self.grid = [[WALL] * (2 * width + 1) for _ in range(2 * height + 1)]
        self._carve()

    def _carve(self):
        start = (0, 0)
        stack = [start]
        seen = {start}
        self.grid[1][1] = OPEN
        while stack:
            x, y = stack[-1]
            neighbours = [(x + dx, y + dy) for dx, dy in ((1, 0), (-1, 0), (0, 1), (0, -1))
                          if 0 <= x + dx < self.w and 0 <= y + dy < self.h and (x + dx, y + dy) not in seen]
            if not neighbours:
                stack.pop()
                continue
            nx, ny = self.rng.choice(neighbours)
            self.grid[y + ny + 1][x + nx + 1] = OPEN
            self.grid[2 * ny + 1][2 * nx + 1] = OPEN
            seen.add((nx, ny))
            stack.append((nx, ny))

    def open_cells(self):
        return sum(row.count(OPEN) for row in self.grid)

    def neighbours(self, cell):
        r, c = cell
        for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)):
            if self.grid[r + dr][c + dc] == OPEN:
                yield (r + dr, c + dc)

    def render(self, path=None):
        on_path = set(path or [])
        lines = []
        for r, row in enumerate(self.grid):
            chars = []
            for c, ch in enumerate(row):
                chars.append("." if (r, c) in on_path else ch)
            lines.append("".join(chars))
        return "\n".join(lines)


def bfs(maze, start, goal):
    prev = {start: None}
    queue = deque([start])
    while queue:
        cell = queue.popleft()
        if cell == goal:
            break
        for nxt in maze.neighbours(cell):
            if nxt not in prev:
                prev[nxt] = cell
                queue.append(nxt)
    else:
        return [], len(prev)
    path = []
    cell = goal
    while cell is not None:
        path.append(cell)
        cell = prev[cell]
    return path[::-1], len(prev)


def astar(maze, start, goal):
    def h(cell):
        return abs(cell[0] - goal[0]) + abs(cell[1] - goal[1])

    best = {start: 0}
    frontier = [(h(start), 0, start)]
    expanded = 0
    parent = {}
    while frontier:
        f, g, cell = heapq.heappop(frontier)
        if g > best.get(cell, 10 ** 9):
            continue
        expanded += 1
        if cell == goal:
            path = [cell]
            while cell in parent:
                cell = parent[cell]
                path.append(cell)
            return list(reversed(path)), expanded
        for nxt in maze.neighbours(cell):
            ng = g + 1
            if ng < best.get(nxt, 10 ** 9):
                best[nxt] = ng
                parent[nxt] = cell
                heapq.heappush(frontier, (ng + h(nxt), ng, nxt))
    return [], expanded


def dead_ends(maze):
    count = 0
    for r in range(1, len(maze.grid), 2):
        for c in range(1, len(maze.grid[0]), 2):
            if sum(1 for _ in maze.neighbours((r, c))) == 1:
                count += 1
    return count


def main():
    for seed, (w, h) in [(1, (8, 5)), (42, (12, 6)), (2024, (20, 10))]:
        maze = Maze(w, h, seed)
        start, goal = (1, 1), (2 * h - 1, 2 * w - 1)
        path, visited = bfs(maze, start, goal)
        apath, expanded = astar(maze, start, goal)
        print(f"seed={seed} size={w}x{h} open={maze.open_cells()} dead ends={dead_ends(maze)}")
        print(f"  BFS path length {len(path)}, visited {visited}; A* length {len(apath)}, expanded {expanded}")
        print(f"  same path: {path == apath}")
        if w <= 12:
            print(maze.render(path))
    maze = Maze(5, 3, 7)
    maze.grid[1][2] = WALL
    maze.grid[2][1] = WALL
    path, visited = bfs(maze, (1, 1), (5, 9))
    print("walled in:", path, visited)
    rng = random.Random(99)
    print("rng check:", [rng.randint(1, 6) for _ in range(10)], round(rng.random(), 6))
    xs = list(range(10))
    rng.shuffle(xs)
    print("shuffled:", xs, "sample:", rng.sample(xs, 3))


main()
