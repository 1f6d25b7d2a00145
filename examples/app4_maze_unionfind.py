"""Maze generation with randomized Kruskal (union-find), solving with BFS, and greedy graph coloring."""
import random
from collections import deque
from itertools import product


class DisjointSet:
    def __init__(self, items):
        self.parent = {x: x for x in items}
        self.size = {x: 1 for x in items}
        self.unions = 0

    def find(self, x):
        root = x
        while self.parent[root] != root:
            root = self.parent[root]
        while self.parent[x] != root:
            self.parent[x], x = root, self.parent[x]
        return root

    def union(self, a, b):
        ra, rb = self.find(a), self.find(b)
        if ra == rb:
            return False
        if self.size[ra] < self.size[rb]:
            ra, rb = rb, ra
        self.parent[rb] = ra
        self.size[ra] += self.size[rb]
        self.unions += 1
        return True

    def groups(self):
        return len({self.find(x) for x in self.parent})


class Maze:
    def __init__(self, width, height, seed):
        self.width = width
        self.height = height
        self.rng = random.Random(seed)
        self.open = set()
        cells = list(product(range(height), range(width)))
        walls = []
        for r, c in cells:
            if c + 1 < width:
                walls.append(((r, c), (r, c + 1)))
            if r + 1 < height:
                walls.append(((r, c), (r + 1, c)))
        self.rng.shuffle(walls)
        ds = DisjointSet(cells)
        for a, b in walls:
            if ds.union(a, b):
                self.open.add((a, b))
        # knock down a few extra walls so there are loops
        extra = [w for w in walls if w not in self.open]
        for w in self.rng.sample(extra, k=min(4, len(extra))):
            self.open.add(w)
        self.components = ds.groups()

    def passable(self, a, b):
        return (a, b) in self.open or (b, a) in self.open

    def neighbours(self, cell):
        r, c = cell
        for dr, dc in ((-1, 0), (1, 0), (0, -1), (0, 1)):
            n = (r + dr, c + dc)
            if 0 <= n[0] < self.height and 0 <= n[1] < self.width and self.passable(cell, n):
                yield n

    def solve(self, start, goal):
        prev = {start: start}
        q = deque([start])
        while q:
            cur = q.popleft()
            if cur == goal:
                break
            for n in self.neighbours(cur):
                if n not in prev:
                    prev[n] = cur
                    q.append(n)
        if goal not in prev:
            return []
        path = [goal]
        while path[-1] != start:
            path.append(prev[path[-1]])
        path.reverse()
        return path

    def render(self, path=()):
        on_path = set(path)
        lines = ["+" + "---+" * self.width]
        for r in range(self.height):
            row = "|"
            below = "+"
            for c in range(self.width):
                mark = " o " if (r, c) in on_path else "   "
                row += mark + (" " if self.passable((r, c), (r, c + 1)) else "|")
                below += ("   " if self.passable((r, c), (r + 1, c)) else "---") + "+"
            lines.append(row)
            lines.append(below)
        return "\n".join(lines)


def greedy_coloring(graph):
    order = sorted(graph, key=lambda v: (-len(graph[v]), v))
    color = {}
    for v in order:
        used = {color[n] for n in graph[v] if n in color}
        c = 0
        while c in used:
            c += 1
        color[v] = c
    return color


def random_graph(n, p, seed):
    rng = random.Random(seed)
    graph = {v: set() for v in range(n)}
    for a in range(n):
        for b in range(a + 1, n):
            if rng.random() < p:
                graph[a].add(b)
                graph[b].add(a)
    return graph


def main():
    maze = Maze(8, 5, seed=2024)
    print("components after Kruskal:", maze.components)
    path = maze.solve((0, 0), (4, 7))
    print(maze.render(path))
    print(f"path length {len(path)}: {path[:4]} ... {path[-3:]}")
    dead_ends = [cell for cell in product(range(5), range(8)) if len(list(maze.neighbours(cell))) == 1]
    print("dead ends:", len(dead_ends), dead_ends[:5])

    for seed in (1, 7, 42):
        g = random_graph(12, 0.3, seed)
        coloring = greedy_coloring(g)
        edges = sum(len(ns) for ns in g.values()) // 2
        k = max(coloring.values()) + 1
        ok = all(coloring[a] != coloring[b] for a in g for b in g[a])
        classes = {}
        for v, c in sorted(coloring.items()):
            classes.setdefault(c, []).append(v)
        print(f"seed {seed}: {edges} edges, {k} colors, valid={ok}")
        for c, vs in sorted(classes.items()):
            print(f"   color {c}: {vs}")

    rng = random.Random(99)
    ds = DisjointSet(range(20))
    merges = 0
    while ds.groups() > 3:
        a, b = rng.randrange(20), rng.randrange(20)
        if ds.union(a, b):
            merges += 1
    roots = sorted({ds.find(x) for x in range(20)})
    print("merges:", merges, "roots:", roots, "sizes:", sorted(ds.size[r] for r in roots))
    print("random check:", rng.randint(1, 6), rng.choice("abcdef"), round(rng.uniform(0, 1), 6),
          rng.sample(range(100), 3))


main()
