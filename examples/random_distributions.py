# random: uniform, gauss and the other distributions give CPython's floats for the same seed.
import random


def row(label, values):
    print(label, values)


for s in [0, 5, -123, 2 ** 45, 9223372036854775807]:
    random.seed(s)
    print("seed", s)
    row("  uniform", [random.uniform(0, 1) for _ in range(6)])
    row("  uniform ints", [random.uniform(-10, 10) for _ in range(6)])
    row("  uniform floats", [random.uniform(2.5, -7.75) for _ in range(6)])
    row("  uniform mixed", [random.uniform(1, 1.5) for _ in range(4)])
    row("  uniform huge", [random.uniform(-9223372036854775807, 9223372036854775807) for _ in range(3)])
    row("  gauss", [random.gauss(0, 1) for _ in range(7)])
    row("  gauss default", [random.gauss() for _ in range(5)])
    row("  gauss mu sigma", [random.gauss(100, 15) for _ in range(5)])
    row("  normal", [random.normalvariate(0, 1) for _ in range(6)])
    row("  normal default", [random.normalvariate() for _ in range(3)])
    row("  lognormal", [random.lognormvariate(0, 0.5) for _ in range(5)])
    row("  triangular", [random.triangular() for _ in range(4)])
    row("  triangular lh", [random.triangular(10, 20) for _ in range(4)])
    row("  triangular mode", [random.triangular(0, 10, 8) for _ in range(6)])
    row("  triangular flat", [random.triangular(3.0, 3.0, 3.0) for _ in range(3)])
    row("  expo", [random.expovariate(1.5) for _ in range(6)])
    row("  expo neg", [random.expovariate(-2) for _ in range(3)])
    row("  gamma 0.5", [random.gammavariate(0.5, 2) for _ in range(6)])
    row("  gamma 1", [random.gammavariate(1, 3) for _ in range(4)])
    row("  gamma 9", [random.gammavariate(9, 0.5) for _ in range(6)])
    row("  beta", [random.betavariate(2, 5) for _ in range(6)])
    row("  beta small", [random.betavariate(0.3, 0.4) for _ in range(4)])
    row("  vonmises", [random.vonmisesvariate(1.0, 4.0) for _ in range(6)])
    row("  vonmises flat", [random.vonmisesvariate(0.5, 0) for _ in range(3)])
    row("  pareto", [random.paretovariate(2.5) for _ in range(5)])
    row("  weibull", [random.weibullvariate(1.0, 1.5) for _ in range(5)])

# gauss keeps its second value; seeding forgets it
random.seed(10)
g1 = random.gauss(0, 1)
random.seed(10)
g2 = random.gauss(0, 1)
g3 = random.gauss(0, 1)
random.seed(10)
g4 = random.gauss(0, 1)
print(g1 == g2, g1 == g4, g3)
random.seed(11)
print(random.gauss(), random.random(), random.gauss(), random.gauss(), random.random())

# a Monte Carlo estimate of pi and a mean of normals, long enough to cross many twists
random.seed(314159)
inside = 0
n = 200000
for _ in range(n):
    x = random.random()
    y = random.random()
    if x * x + y * y <= 1.0:
        inside += 1
print(inside, 4.0 * inside / n)
total = 0.0
for _ in range(50000):
    total += random.gauss(1.0, 2.0)
print(total / 50000)
acc = 0.0
for i in range(2000):
    acc += random.gammavariate(1.0 + i % 7 * 0.5, 1.0) + random.betavariate(1.5, 2.5) + random.expovariate(0.5)
print(acc)


def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError:", e)
    except ZeroDivisionError as e:
        print(label, "ZeroDivisionError:", e)


attempt("expovariate(0)", lambda: random.expovariate(0))
attempt("gammavariate(0, 1)", lambda: random.gammavariate(0, 1))
attempt("gammavariate(1, -1)", lambda: random.gammavariate(1, -1))
attempt("betavariate(-1, 1)", lambda: random.betavariate(-1, 1))
attempt("paretovariate(0)", lambda: random.paretovariate(0))
attempt("weibullvariate(1, 0)", lambda: random.weibullvariate(1, 0))
attempt("after errors", lambda: random.uniform(0, 1))
attempt("triangular(1, 3, 2)", lambda: random.triangular(1, 3, 2))
attempt("triangular(-1.5, 3, 2)", lambda: random.triangular(-1.5, 3, 2))
