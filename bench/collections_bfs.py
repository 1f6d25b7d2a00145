"""Breadth-first search over a generated grid maze with collections.deque, then bigram
statistics of the paths' moves with Counter and defaultdict(list)."""
from collections import Counter, defaultdict, deque


def make_grid(width, height, seed):
    """A grid of open cells (0) and walls (1) from a linear congruential generator."""
    grid = []
    state = seed
    for y in range(height):
        row = []
        for x in range(width):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append(1 if (state >> 16) % 100 < 25 else 0)
        grid.append(row)
    grid[0][0] = 0
    grid[height - 1][width - 1] = 0
    return grid


def bfs(grid, sx, sy):
    """Distances and parent moves from (sx, sy); -1 where unreachable."""
    height = len(grid)
    width = len(grid[0])
    dist = [[-1] * width for _ in range(height)]
    move = [[""] * width for _ in range(height)]
    dist[sy][sx] = 0
    queue = deque()
    queue.append((sx, sy))
    steps = [(1, 0, "R"), (-1, 0, "L"), (0, 1, "D"), (0, -1, "U")]
    while queue:
        x, y = queue.popleft()
        d = dist[y][x] + 1
        for dx, dy, name in steps:
            nx = x + dx
            ny = y + dy
            if 0 <= nx < width and 0 <= ny < height and grid[ny][nx] == 0 and dist[ny][nx] < 0:
                dist[ny][nx] = d
                move[ny][nx] = name
                queue.append((nx, ny))
    return dist, move


def path_moves(move, x, y):
    """The moves from the start to (x, y), walking the parents back."""
    out = deque()
    back = {"R": (-1, 0), "L": (1, 0), "D": (0, -1), "U": (0, 1)}
    while move[y][x] != "":
        m = move[y][x]
        out.appendleft(m)
        dx, dy = back[m]
        x += dx
        y += dy
    return out


def main():
    width = 300
    height = 300
    reached_total = 0
    far_total = 0
    bigrams = Counter()
    follow = defaultdict(list)
    window = deque(maxlen=8)
    hist = Counter()
    by_move = defaultdict(list)
    checksum = 0
    for seed in range(1, 29):
        grid = make_grid(width, height, seed)
        dist, move = bfs(grid, 0, 0)
        reached = 0
        far = 0
        fx = 0
        fy = 0
        for y in range(height):
            row = dist[y]
            for x in range(width):
                if row[x] >= 0:
                    reached += 1
                    hist[row[x] % 50] += 1
                    by_move[move[y][x]].append(row[x])
                    if row[x] > far:
                        far = row[x]
                        fx = x
                        fy = y
        reached_total += reached
        far_total += far
        moves = path_moves(move, fx, fy)
        prev = ""
        for m in moves:
            if prev != "":
                bigrams[prev + m] += 1
                follow[prev].append(m)
            prev = m
            window.append(m)
            checksum = (checksum * 31 + len(window) + ord(m)) % 1000000007
        if len(moves) > 0:
            moves.rotate(len(moves) // 3)
            checksum = (checksum + ord(moves[0]) * len(moves)) % 1000000007
    print("reached", reached_total, "farthest", far_total)
    print("bigrams", bigrams.most_common(6))
    for k in sorted(follow):
        c = Counter(follow[k])
        print(k, len(follow[k]), c.most_common(2))
    print("hist", hist.most_common(5), len(hist))
    for k in sorted(by_move):
        ds = by_move[k]
        print(repr(k), len(ds), sum(ds) % 1000003, max(ds))
    print("window", "".join(list(window)), "checksum", checksum)


main()
