# sum() of a generator expression adds the items up as they come, in the loop that makes them.


def noisy(x, log):
    log.append(x)
    return x * 1.5


def main():
    xs = [3, 1, 4, 1, 5, 9, 2, 6]
    fs = [0.1, 0.2, 0.3, -0.0, 1e16, 1.0, -1e16]
    print(sum(x for x in xs))
    print(sum(x * x for x in xs if x % 2))
    print(sum(i * j for i in range(5) for j in range(i) if (i + j) % 3))
    print(sum(f for f in fs))
    print(sum(f * 2.0 for f in fs if f != 1.0))
    print(sum(x for x in [-0.0]))
    print(sum(len(w) for w in "a bb ccc".split()))
    log = []
    total = sum(noisy(x, log) for x in xs[:4])
    print(total, log)
    rows = [[1.5, 2.5], [3.25], [0.5, -0.5]]
    print([sum(v for v in row) for row in rows])
    print(sum(sum(k for k in range(n)) for n in range(6)))
    n = 7
    print(sum(1.0 / (k + n) for k in range(n)))
    try:
        print(sum(10 // (x - 4) for x in xs))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


main()
