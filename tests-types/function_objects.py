# Several functions in one variable, container or attribute: one function object type.


def double(x):
    return x * 2


def make_adder(n):
    return lambda x: x + n


class Button:
    def __init__(self, action):
        self.action = action


ops = {"double": double, "add": make_adder(1), "neg": lambda x: -x}
shapers = [str.upper, str.strip]
f = ops["double"]
b = Button(double)
b.action = make_adder(2)
print(f(3), shapers[0]("a"), b.action(4), [g(1) for g in ops.values()])
single = double
print(single(2))
