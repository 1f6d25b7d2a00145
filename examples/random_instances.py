# random.Random: instances with their own generators, independent of the module's and of each other.
import random
from random import Random


class Dice:
    def __init__(self, seed: int, sides: int):
        self.rng = Random(seed)
        self.sides = sides

    def roll(self) -> int:
        return self.rng.randint(1, self.sides)


def draw(rng: Random, n: int) -> list:
    return [rng.randrange(100) for _ in range(n)]


a = random.Random(42)
b = random.Random(42)
print([a.randint(1, 6) for _ in range(10)])
print([b.randint(1, 6) for _ in range(10)])
print(a.random(), b.random(), a.random() == b.random())

# the module's generator is untouched by instances
random.seed(42)
c = Random(42)
print(random.random() == c.random(), random.random(), c.random())

# seeds of every kind
for r in [Random(0), Random(-7), Random(2 ** 40), Random(1.5), Random("hello"), Random(True), Random(None)]:
    x = r.random()
    print(0.0 <= x < 1.0)
print(Random("hello").random(), Random(1.5).random(), Random(-7).random(), Random(True).random())

# reseeding an instance restarts its sequence
r = Random()
r.seed(123)
first = [r.getrandbits(16) for _ in range(5)]
r.seed(123)
print(first, [r.getrandbits(16) for _ in range(5)])
r.seed("abc")
print(r.random())
r.seed(2.5)
print(r.random())
r.seed(None)
r.seed()
r.seed(99)

# integers
print(r.randrange(10), r.randrange(5, 50), r.randrange(0, 100, 7), r.randrange(-10, 10, 3))
print(r.randint(-1000, 1000), r.randint(0, 2 ** 62), r.getrandbits(1), r.getrandbits(63))

# sequences
names = ["ann", "bob", "cid", "dee", "eve", "fay"]
print(r.choice(names), r.choice("krait"), r.choice(range(10, 100, 5)))
deck = list(range(20))
r.shuffle(deck)
print(deck)
print(r.sample(names, 3), r.sample("abcdefgh", 4), r.sample(range(1000), 5))
print(r.sample(["x", "y", "z"], 5, counts=[3, 1, 2]))
print(r.choices(names, k=4), r.choices("ab", k=6), r.choices(range(3), k=5))
print(r.choices(names, [1.0, 2.0, 3.0, 0.0, 0.5, 0.5], k=5))
print(r.choices(names, cum_weights=[1, 2, 3, 4, 5, 10], k=5))

# distributions
print(r.uniform(1, 5), r.uniform(2.5, 3.5), r.triangular(), r.triangular(0.0, 10.0, 2.0))
print(r.gauss(), r.gauss(10.0, 2.0), r.normalvariate(), r.normalvariate(5.0, 0.5))
print(r.lognormvariate(0.0, 1.0), r.expovariate(1.5), r.vonmisesvariate(1.0, 4.0))
print(r.gammavariate(2.0, 3.0), r.gammavariate(0.5, 1.0), r.betavariate(2.0, 5.0))
print(r.paretovariate(3.0), r.weibullvariate(1.0, 1.5))

# objects holding their own generators
d6 = Dice(7, 6)
d20 = Dice(7, 20)
print([d6.roll() for _ in range(8)], [d20.roll() for _ in range(8)])
gens = [Random(i) for i in range(3)]
print([draw(g, 4) for g in gens])

# errors come from the instance as from the module
try:
    r.choice([])
except IndexError as e:
    print("IndexError:", e)
try:
    r.randrange(0)
except ValueError as e:
    print("ValueError:", e)
try:
    r.sample(names, 10)
except ValueError as e:
    print("ValueError:", e)
