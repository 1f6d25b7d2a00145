# random: shuffle, sample (both of CPython's strategies) and choices (plain, weights,
# cumulative weights) give CPython's results for the same seed.
import random

for s in [0, 3, -11, 2 ** 40 + 1, 9223372036854775807]:
    random.seed(s)
    print("seed", s)
    deck = list(range(52))
    random.shuffle(deck)
    print("  deck", deck)
    words = ["alpha", "beta", "gamma", "delta", "epsilon", "zeta", "eta", "theta"]
    for _ in range(3):
        random.shuffle(words)
        print("  words", words)
    one = [1]
    random.shuffle(one)
    empty = []
    random.shuffle(empty)
    print("  tiny", one, empty)
    print("  sample 5 of 10", random.sample(list(range(10)), 5))
    print("  sample all", random.sample(words, len(words)))
    print("  sample none", random.sample(words, 0))
    print("  sample str", random.sample("abcdefghij", 4))
    # small populations are copied and partly shuffled, large ones sampled by rejection
    print("  sample k=3 of 30", random.sample(range(30), 3))
    print("  sample k=6 of 30", random.sample(range(30), 6))
    print("  sample k=6 of 90", random.sample(range(90), 6))
    print("  sample k=20 of 100", random.sample(range(100), 20))
    print("  sample k=20 of 300", random.sample(range(300), 20))
    print("  sample k=50 of 1000", random.sample(list(range(1000)), 50))
    print("  sample big range", random.sample(range(10 ** 12), 8))
    print("  sample stepped", random.sample(range(1000, 0, -7), 10))
    print("  lottery", sorted(random.sample(range(1, 50), 6)))

random.seed(2)
pop = ["a", "b", "c", "d", "e"]
print(random.choices(pop))
print(random.choices(pop, k=30))
print(random.choices("xyz", k=30))
print(random.choices(list(range(100)), k=25))
print(random.choices(pop, [10, 1, 1, 1, 1], k=30))
print(random.choices(pop, weights=[0.1, 0.2, 0.3, 0.2, 0.2], k=30))
print(random.choices(pop, [0, 0, 1, 0, 0], k=10))
print(random.choices(pop, cum_weights=[1, 2, 3, 4, 5], k=30))
print(random.choices(pop, cum_weights=[0.5, 0.5, 0.9, 1.5, 2.0], k=30))
print(random.choices("ab", [1, 3], k=20))
print(random.choices(pop, k=0), random.choices(pop, k=-3))
print(random.choices(pop, [True, True, False, True, False], k=20))
print(random.choices("abc", cum_weights=[False, True, True], k=10))
print(random.choices(pop, [2 ** 60, 1, 2 ** 61, 5, 2 ** 59], k=20))
print(random.choices(pop, cum_weights=[2 ** 53 + 1, 2 ** 54, 2 ** 55 + 3, 2 ** 60, 2 ** 62], k=20))

# a weighted die, many times
random.seed(31337)
faces = [1, 2, 3, 4, 5, 6]
tally = [0, 0, 0, 0, 0, 0, 0]
for face in random.choices(faces, [1, 1, 1, 1, 1, 5], k=10000):
    tally[face] += 1
print(tally)

# sample with counts, and choices from ranges
random.seed(4)
colors = ["red", "blue", "green"]
print(random.sample(colors, counts=[4, 2, 1], k=5))
print(random.sample(colors, 7, counts=[4, 2, 1]))
print(random.sample("xyz", 3, counts=[1, 0, 5]))
print(random.sample(range(3), 4, counts=[1, 2, 3]))
print(random.sample(range(3), 2, counts=[True, False, True]))
print(random.sample(colors, 30, counts=[100, 200, 50]))
print(random.sample(colors, 12, counts=[-1, 0, 30]))
print(random.choices(range(100), k=10), random.choices(range(5, 50, 5), k=4))
print(random.choices(range(3), [1, 2, 3], k=10), random.choices(range(3), cum_weights=[1, 2, 3], k=10))

# a random walk of shuffles and samples
random.seed(99)
items = list(range(20))
for step in range(25):
    random.shuffle(items)
    picked = random.sample(items, 3)
    print(step, items[:6], picked, random.choices(items, k=3))


def attempt(label, f):
    try:
        print(label, f())
    except ValueError as e:
        print(label, "ValueError:", e)
    except IndexError as e:
        print(label, "IndexError:", e)
    except TypeError as e:
        print(label, "TypeError:", e)


attempt("sample too many", lambda: random.sample([1, 2, 3], 4))
attempt("sample negative", lambda: random.sample([1, 2, 3], -1))
attempt("sample of empty", lambda: random.sample([], 0))
attempt("weights length", lambda: random.choices(pop, [1, 2], k=2))
attempt("cum_weights length", lambda: random.choices(pop, cum_weights=[1, 2, 3], k=2))
attempt("zero weights", lambda: random.choices(pop, [0, 0, 0, 0, 0]))
attempt("negative total", lambda: random.choices(pop, [1, 1, 1, 1, -10]))
attempt("infinite weight", lambda: random.choices(pop, [1.0, 1.0, float("inf"), 1.0, 1.0]))
attempt("k positional", lambda: random.choices(pop, 3))
attempt("both weights", lambda: random.choices(pop, [1, 1, 1, 1, 1], cum_weights=[1, 2, 3, 4, 5]))
attempt("empty population", lambda: random.choices([], k=1))
attempt("empty str population", lambda: random.choices("", k=1))
attempt("empty weights", lambda: random.choices([], [], k=1))
attempt("empty population k=0", lambda: random.choices([], k=0))
attempt("counts length", lambda: random.sample(colors, 2, counts=[1, 2]))
attempt("zero counts", lambda: random.sample(colors, 2, counts=[0, 0, 0]))
attempt("too few counted", lambda: random.sample(colors, 8, counts=[4, 2, 1]))
attempt("choices of empty range", lambda: random.choices(range(0), k=2))
