# for x in (a, b, c): the items are evaluated once, in order, before the loop, and the loop
# sees them as they were then.


def noisy(tag: str, value: int) -> int:
    print("eval", tag)
    return value


def gen(n: int):
    for k in (n, n + 1, n * 10):
        yield k


def main() -> None:
    total = 0
    for dx, dy in ((1, 0), (0, 1), (1, 1)):
        total += dx * 10 + dy
    print(total)
    a = 1
    for v in (a, noisy("b", 2), noisy("c", 3)):
        a = 100  # rebinding a does not change the item already taken
        print(v, a)
    for word in ("alpha", "beta", "gamma"):
        if word == "beta":
            continue
        print(word.upper())
    for x in (1.5, 2.5, -0.0):
        print(x)
    found = -1
    for i in (5, 7, 9, 11):
        if i % 3 == 0:
            found = i
            break
    print(found)
    print([s * 2 for s in ("ab", "c")], sum(q for q in (1, 2, 3)))
    print(list(gen(4)))
    grid = [[0, 1], [2, 3]]
    for row in (grid[0], grid[1]):
        row.append(9)
    print(grid)
    for p in ((1, "one"), (2, "two")):
        for q in (p[0], p[0] * 2):
            print(p[1], q)


main()
