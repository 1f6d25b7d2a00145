# isinstance() narrows a variable: inside the test's branch (and after an early exit) it holds only
# the classes the test admits, so their own attributes and methods can be used there.

class Node:
    pass

class Num(Node):
    def __init__(self, v):
        self.v = v

class Add(Node):
    def __init__(self, l, r):
        self.l = l
        self.r = r

class Neg(Node):
    def __init__(self, e):
        self.e = e

def ev(n):
    if isinstance(n, Num):
        return n.v
    elif isinstance(n, Add):
        return ev(n.l) + ev(n.r)
    elif isinstance(n, Neg):
        return -ev(n.e)
    raise TypeError("bad node")

def show(n):
    if not isinstance(n, (Add, Neg)):
        return str(n.v)
    if isinstance(n, Add):
        return "(" + show(n.l) + " + " + show(n.r) + ")"
    return "-" + show(n.e)

tree = Add(Num(2), Neg(Add(Num(3), Num(4))))
print(ev(tree), show(tree))
items = [Num(1), Neg(Num(2)), Add(Num(1), Num(1))]
total = 0
for it in items:
    if isinstance(it, Num) and it.v > 0:
        total += it.v
    elif isinstance(it, Neg):
        total -= ev(it.e)
print(total)
vals = [x.v for x in items if isinstance(x, Num)]
print(vals)
label = [("num %d" % x.v if isinstance(x, Num) else "other") for x in items]
print(label)

def parse(tok):
    if isinstance(tok, str) and tok.isdigit():
        return int(tok)
    return -1
print(parse("42"), parse("x"))
def norm(v):
    if isinstance(v, float):
        return round(v, 1)
    if isinstance(v, int):
        return float(v)
    return 0.0
print(norm(3), norm(2.345), norm("s"))




class Animal:
    def __init__(self, name):
        self.name = name
    def speak(self):
        return "..."
class Dog(Animal):
    def speak(self):
        return "woof"
    def fetch(self, what):
        return self.name + " fetches " + what
class Cat(Animal):
    def __init__(self, name, lives):
        super().__init__(name)
        self.lives = lives
    def speak(self):
        return "meow"


def describe(x):
    if isinstance(x, list):
        return "list of %d: %s" % (len(x), str(x))
    elif isinstance(x, dict):
        return "dict with keys " + ",".join(sorted(x.keys()))
    elif isinstance(x, str):
        return f"str {x!r} upper={x.upper()}"
    elif isinstance(x, (int, float)):
        return "number %.2f" % x
    elif isinstance(x, tuple):
        return "tuple " + str(x[0])
    return "unknown"
print(describe([1, 2, 3]))
print(describe({"b": 1, "a": 2}))
print(describe("hi"))
print(describe(7))
print(describe(2.5))
print(describe((9, "x")))
pets = [Dog("rex"), Cat("tom", 9), Animal("generic")]
for p in pets:
    line = p.name + ": " + p.speak()
    if isinstance(p, Dog):
        line += " / " + p.fetch("ball")
    elif isinstance(p, Cat):
        line += " / lives=" + str(p.lives)
    if not isinstance(p, Dog):
        line += " (not a dog)"
    print(line)


def first_cat(animals):
    for a in animals:
        if not isinstance(a, Cat):
            continue
        return a.lives
    return -1
print(first_cat(pets))


def check(a):
    if not isinstance(a, Cat):
        raise TypeError("expected Cat, got " + type(a).__name__)
    return a.lives * 2
print(check(pets[1]))
try:
    check(pets[0])
except TypeError as e:
    print("error:", e)
counts = {"dog": 0, "cat": 0}
for p in pets:
    key = "dog" if isinstance(p, Dog) else "cat" if isinstance(p, Cat) else None
    if key is not None:
        counts[key] += 1
print(counts)
