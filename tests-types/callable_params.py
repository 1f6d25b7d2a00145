# functions held by parameters, containers and return values are reported as Callable signatures
def ident(x):
    return x

def apply(f, x):
    return f(x)

def compose(f, g):
    return lambda x: f(g(x))

def never(q):
    return q

fs = [abs, len]
hs = [ident]
print(apply(ident, 3), apply(ident, "a"), hs[0](2))
h = compose(lambda s: s + 1, lambda s: s * 2)
print(h(5))
