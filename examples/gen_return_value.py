def sub(n):
    total = 0
    for i in range(n):
        total += i
        yield i
    return total

def outer():
    a = yield from sub(3)
    print("sub returned", a)
    b = yield from sub(5)
    print("sub returned", b)
    yield a + b

def bare():
    yield 1
    return

def named():
    yield "x"
    return "done"

for v in outer():
    print("got", v)

g = sub(2)
print(next(g), next(g))
try:
    next(g)
except StopIteration as e:
    print("stop", repr(e), e)
try:
    next(g)
except StopIteration as e:
    print("again", repr(e))

g2 = bare()
print(list(g2))
g3 = named()
print(next(g3))
try:
    next(g3)
except StopIteration as e:
    print("named", repr(e), e)

def delegate():
    r = yield from named()
    print("named gave", r)
    r2 = yield from ["a", "b"]
    print("list gave", r2)

print(list(delegate()))
g4 = sub(1)
next(g4)
next(g4)
