# Recursion: permutations, combinations, power set, Hanoi and memoised partitions.
def permutations(xs):
    if len(xs) <= 1:
        return [xs[:]]
    out = []
    for i in range(len(xs)):
        rest = xs[:i] + xs[i + 1:]
        for p in permutations(rest):
            out.append([xs[i]] + p)
    return out


def combinations(xs, k):
    if k == 0:
        return [[]]
    if len(xs) < k:
        return []
    head = xs[0]
    with_head = [[head] + c for c in combinations(xs[1:], k - 1)]
    return with_head + combinations(xs[1:], k)


def hanoi(n, src, dst, via, moves):
    if n == 0:
        return
    hanoi(n - 1, src, via, dst, moves)
    moves.append((src, dst))
    hanoi(n - 1, via, dst, src, moves)


memo = {}


def partitions(n, largest):
    if n == 0:
        return 1
    if n < 0 or largest == 0:
        return 0
    key = (n, largest)
    if key in memo:
        return memo[key]
    r = partitions(n - largest, largest) + partitions(n, largest - 1)
    memo[key] = r
    return r


print(permutations([1, 2, 3]))
print(len(permutations(list("abcde"))), "".join(permutations(list("abcd"))[17]))
print(combinations([1, 2, 3, 4, 5], 3))
moves = []
hanoi(5, "A", "C", "B", moves)
print(len(moves), moves[:5])
print([partitions(n, n) for n in range(1, 20)])
print(partitions(100, 100))
