# random: randrange, randint, choice and getrandbits give CPython's numbers, errors its messages.
import random


def row(label, values):
    print(label, " ".join([str(v) for v in values]))


for s in [0, 1, 99, -7, 2 ** 33 + 5, 9223372036854775807]:
    random.seed(s)
    print("seed", s)
    row("  die", [random.randint(1, 6) for _ in range(40)])
    row("  coin", [random.randrange(2) for _ in range(40)])
    row("  below 1000", [random.randrange(1000) for _ in range(20)])
    row("  -50..50", [random.randint(-50, 50) for _ in range(20)])
    row("  step 7", [random.randrange(3, 200, 7) for _ in range(20)])
    row("  step -3", [random.randrange(100, -100, -3) for _ in range(20)])
    row("  one value", [random.randrange(5, 6) for _ in range(5)] + [random.randint(9, 9) for _ in range(5)])
    row("  2**31 edge", [random.randrange(2 ** 31) for _ in range(6)] + [random.randrange(2 ** 32 + 1) for _ in range(6)])
    row("  big", [random.randrange(10 ** 15) for _ in range(8)])
    row("  huge", [random.randint(-9223372036854775807 - 1, 9223372036854775807) for _ in range(8)])
    row("  huge step", [random.randrange(-9223372036854775807 - 1, 9223372036854775807, 1000000007) for _ in range(6)])
    row("  wide", [random.randrange(-9223372036854775807, 9223372036854775807) for _ in range(6)])
    row("  top", [random.randint(9223372036854775800, 9223372036854775807) for _ in range(8)])
    row("  bits", [random.getrandbits(k) for k in range(0, 64)])

random.seed(12)
colors = ["red", "green", "blue", "yellow", "cyan", "magenta", "black"]
row("colors", [random.choice(colors) for _ in range(60)])
row("letters", [random.choice("abcdefghijklmnopqrstuvwxyzé日") for _ in range(60)])
row("range", [random.choice(range(10, 1000, 3)) for _ in range(40)])
row("neg range", [random.choice(range(50, -50, -7)) for _ in range(40)])
row("floats", [random.choice([0.5, 1.25, -3.0, 1e100]) for _ in range(20)])
row("pairs", [random.choice([(1, "one"), (2, "two"), (3, "three")])[1] for _ in range(20)])

# a histogram of 6000 dice throws
random.seed(6)
counts = [0] * 7
for _ in range(6000):
    counts[random.randint(1, 6)] += 1
print(counts)


def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
    except OverflowError as e:
        print(label, "OverflowError:", e)


attempt("randrange(0)", lambda: random.randrange(0))
attempt("randrange(-5)", lambda: random.randrange(-5))
attempt("randrange(5, 5)", lambda: random.randrange(5, 5))
attempt("randrange(9, 2)", lambda: random.randrange(9, 2))
attempt("randrange(0, 10, 0)", lambda: random.randrange(0, 10, 0))
attempt("randrange(10, 0, 2)", lambda: random.randrange(10, 0, 2))
attempt("randrange(0, 10, -1)", lambda: random.randrange(0, 10, -1))
attempt("randint(3, 1)", lambda: random.randint(3, 1))
attempt("randint(max, 0)", lambda: random.randint(9223372036854775807, 0))
attempt("randint(0, -max)", lambda: random.randint(0, -9223372036854775807))
attempt("getrandbits(-1)", lambda: random.getrandbits(-1))
attempt("getrandbits(0)", lambda: random.getrandbits(0))
attempt("choice([])", lambda: random.choice([]))
attempt("choice('')", lambda: random.choice(""))
attempt("choice(range(0))", lambda: random.choice(range(0)))
attempt("after errors", lambda: random.randint(1, 100))
