# random: the same seed gives CPython's numbers, for int, float and str seeds.
import random


def show(label, count):
    values = [random.random() for _ in range(count)]
    print(label, values[0], values[count - 1])
    print("  sum", sum(values), "bits", random.getrandbits(32), random.getrandbits(7), random.getrandbits(63))


int_seeds = [0, 1, -1, 2, 42, -42, 12345, 4294967295, 4294967296, 2 ** 40, -(2 ** 40),
             2 ** 62 + 12345, 9223372036854775807, -9223372036854775807, -9223372036854775807 - 1]
for s in int_seeds:
    random.seed(s)
    show("int " + str(s), 25)

float_seeds = [0.0, -0.0, 1.0, 1.5, -2.25, 0.1, 3.141592653589793, 1e300, -1e-300, 123456789.125,
               float("inf"), float("-inf"), 2.0 ** 70]
for f in float_seeds:
    random.seed(f)
    show("float " + repr(f), 25)

str_seeds = ["", "a", "b", "hello", "Hello, World!", "héllo wörld", "日本語のテキスト", "🐍 snake",
             "\x00", "\x00\x00abc", "x" * 200, "seed " * 31, "line\nbreak\ttab"]
for t in str_seeds:
    random.seed(t)
    show("str " + repr(t), 25)

# re-seeding restarts the sequence; True seeds as 1
random.seed(7)
first = [random.randint(0, 1000) for _ in range(40)]
random.seed(7)
again = [random.randint(0, 1000) for _ in range(40)]
print(first)
print(first == again)
random.seed(True)
a = random.random()
random.seed(1)
print(a == random.random(), a)

# a long run crosses many twists of the 624-word state
random.seed(2024)
total = 0.0
checksum = 0
for i in range(20000):
    total += random.random()
    checksum = (checksum * 31 + random.getrandbits(30)) % 1000000007
print(total, checksum)
for i in range(30):
    print(i, random.random(), random.getrandbits(64 - 2 * i - 1))
