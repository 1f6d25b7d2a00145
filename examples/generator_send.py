# g.send(v): a generator used as a coroutine; what yield evaluates to, None after next(), and the errors of send
def averager():
    total = 0.0
    n = 0
    avg = None
    while True:
        x = yield avg
        if x is None:
            break
        total += x
        n += 1
        avg = total / n


def echo():
    got = []
    while True:
        s = yield len(got)
        if s is None:
            return
        got.append(s.upper())
        print("echo:", got)


def plain():
    yield 1
    yield 2


g = averager()
print(next(g))
for v in [10.0, 20.0, 5.5]:
    print(f"{g.send(v):.3f}")
try:
    g.send(None)
except StopIteration:
    print("stopped")
e = echo()
print(e.send(None))
print(e.send("ab"), e.send("cd"))
try:
    e.send(None)
except StopIteration:
    print("done")
try:
    e.send("x")
except StopIteration:
    print("still done")
e2 = echo()
try:
    e2.send("early")
except TypeError as err:
    print("TypeError:", err)
p = plain()
print(next(p), p.send(None))
print(list(p))
