# A value that may hold one of several functions, passed on to user functions.


def add(a, b):
    return a + b


def mul(a, b):
    return a * b


def apply(f, x, y):
    return f(x, y)


def apply_twice(f, x, y):
    return apply(f, apply(f, x, y), y)


def table_of(f, n):
    return [f(i, i + 1) for i in range(n)]


class Counter:
    def __init__(self, start):
        self.total = start

    def bump(self, a, b):
        self.total += a * b
        return self.total


def make_offset(k):
    def offset(a, b):
        return a - b + k
    return offset


def run_all(tests):
    for name, fn in tests:
        print(name, apply(fn, 6, 3), apply_twice(fn, 2, 5), table_of(fn, 3))


c = Counter(100)
tests = [("add", add), ("mul", mul), ("offset", make_offset(10)), ("bump", c.bump),
         ("lambda", lambda a, b: a ** 2 - b)]
run_all(tests)
print("counter", c.total)

ops = {"+": add, "*": mul}
for sym in sorted(ops):
    print(sym, apply(x=4, y=5, f=ops[sym]))


def pick(flag):
    return add if flag else mul


print([apply(pick(i % 2 == 0), i, 3) for i in range(5)])


def shout(s):
    return s.upper() + "!"


def whisper(s):
    return s.lower() + "..."


def greet(style, who):
    return style("hello " + who)


for style in [shout, whisper, str.title]:
    print(greet(style, "world"))


pipeline = []
pipeline.append(("double", lambda v: v * 2))
pipeline.append(("square", lambda v: v * v))
pipeline.append(("negate", lambda v: -v))


def run_stage(stage, value):
    return stage(value)


value = 3
for label, stage in pipeline:
    value = run_stage(stage, value)
    print(f"{label:>8}: {value}")
