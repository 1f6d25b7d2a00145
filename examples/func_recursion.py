# Recursion: Towers of Hanoi, permutations, power set, flood fill, memoized partition counts, and a global call counter.

calls = 0


def hanoi(n, src, dst, via, moves):
    global calls
    calls += 1
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((n, src, dst))
    hanoi(n - 1, via, dst, src, moves)


def permutations(items):
    if len(items) <= 1:
        return [items[:]]
    result = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in permutations(rest):
            result.append([items[i]] + p)
    return result


def power_set(items):
    if not items:
        return [[]]
    without = power_set(items[1:])
    return without + [[items[0]] + s for s in without]


def flood(grid, r, c, old, new):
    if r < 0 or r >= len(grid) or c < 0 or c >= len(grid[r]) or grid[r][c] != old:
        return 0
    grid[r][c] = new
    return 1 + sum(flood(grid, r + dr, c + dc, old, new) for dr, dc in ((0, 1), (1, 0), (0, -1), (-1, 0)))


memo = {}


def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key not in memo:
        memo[key] = partitions(n - largest, largest) + partitions(n, largest - 1)
    return memo[key]


def gcd(a, b):
    return a if b == 0 else gcd(b, a % b)


moves = []
hanoi(4, "A", "C", "B", moves)
print(len(moves), "moves,", calls, "calls; first five:", moves[:5])
print(permutations([1, 2, 3]))
print(["".join(p) for p in permutations(list("abc"))][::2])
print(power_set(["x", "y", "z"]))
picture = [list(row) for row in ["..##.", ".#..#", "##.##", "....."]]
print("filled", flood(picture, 0, 0, ".", "o"), "cells")
print("\n".join("".join(row) for row in picture))
print("partitions:", [partitions(n, n) for n in range(1, 16)], "p(100) =", partitions(100, 100))
print("gcd:", gcd(1071, 462), gcd(17, 5), gcd(0, 9))
