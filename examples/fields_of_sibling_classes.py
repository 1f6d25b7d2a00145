# Fields that sibling classes declare each on their own (Var.name, Call.name; their base Node has
# none) read through a variable holding several of them; a class without the field raises
# AttributeError. Tuples holding lambdas stored where the tuple's position is a function object.


class Node:
    pass


class Var(Node):
    def __init__(self, name):
        self.name = name


class Call(Node):
    def __init__(self, name, argc):
        self.argc = argc
        self.name = name


class Num(Node):
    def __init__(self, value):
        self.value = value


nodes = [Var("x"), Call("f", 2), Num(3), Call("g", 0)]
print([n.name for n in nodes if not isinstance(n, Num)])
try:
    print([n.name for n in nodes])
except AttributeError as e:
    print("AttributeError:", e)

OPS = {"neg": (1, lambda a: -a[0]), "add": (2, lambda a: a[0] + a[1]), "max": (2, max)}
for name in OPS:
    arity, fn = OPS[name]
    print(name, arity, fn([5, 7][:arity]))
pair = (3, lambda a: a[0] * 10)
table = [pair, (1, lambda a: 0)]
print([f([n]) for n, f in table])
