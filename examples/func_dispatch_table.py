# Function objects: variables, containers, attributes and return values that hold several different
# functions (defs, lambdas, closures, builtins) of one signature, called through them.


def double(x):
    return x * 2


def negate(x):
    return -x


def square(x):
    return x * x


def make_adder(n):
    def add(x):
        return x + n
    return add


def make_scaler(k):
    return lambda x: x * k


def apply_all(fns, value):
    return [f(value) for f in fns]


def pick(name):
    if name == "double":
        return double
    if name == "neg":
        return negate
    return make_adder(100)


def twice(f, x):
    return f(f(x))


class Button:
    def __init__(self, label, action):
        self.label = label
        self.action = action

    def press(self, x):
        return self.label + ": " + str(self.action(x))


def report(msg):
    print("report:", msg)


def shout(msg):
    print("SHOUT:", msg.upper())


# a list of functions
steps = [double, negate, square, make_adder(7), make_scaler(3), abs]
print(apply_all(steps, 5))
acc = 2
for step in steps:
    acc = step(acc)
    print(step.__name__, acc)

# a dict of closures made by factories
table = {"inc": make_adder(1), "dec": make_adder(-1), "triple": make_scaler(3), "sq": lambda x: x ** 2}
for key in sorted(table):
    print(key, table[key](10), table[key].__name__)
table["half"] = lambda x: x // 2
print({k: fn(9) for k, fn in table.items()})

# a function chosen at run time, returned from a function
for name in ["double", "neg", "other"]:
    g = pick(name)
    print(name, g(21), g.__name__)

# a parameter receiving different functions at different calls
print(twice(double, 3), twice(negate, 3), twice(make_adder(5), 3), twice(lambda v: v - 1, 3))

# a function object stored in an attribute
buttons = [Button("dbl", double), Button("add2", make_adder(2)), Button("sq", square)]
for b in buttons:
    print(b.press(6), b.action(1))
buttons[0].action = negate
print(buttons[0].press(6))

# functions of str, and functions returning None
shapers = [str.upper, str.lower, lambda s: s[::-1], str.strip]
print([f("  MiXeD  ") for f in shapers])
print(sorted(["b", "C", "a"], key=shapers[1]))
print(list(map(steps[0], [1, 2, 3])))
handlers = {"info": report, "warn": shout}
for level in ["info", "warn", "info"]:
    handlers[level](level + " message")
counters = [len, lambda s: s.count("a"), lambda s: len(set(s))]
print([c("banana") for c in counters])
