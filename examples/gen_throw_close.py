def worker():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")

g = worker()
print(next(g))
g.close()
print("closed")
g.close()
try:
    next(g)
except StopIteration:
    print("finished after close")

g = worker()
g.close()
print("closed before start")

def stubborn():
    try:
        yield 1
    except GeneratorExit:
        print("ignoring")
        yield 2

s = stubborn()
next(s)
try:
    s.close()
except RuntimeError as e:
    print("RuntimeError:", e)

def catcher():
    n = 0
    while True:
        try:
            yield n
        except ValueError as e:
            print("caught", e)
            n += 100
        n += 1

c = catcher()
print(next(c))
print(c.throw(ValueError("bad")))
print(c.throw(ValueError))
print(next(c))
try:
    c.throw(KeyError("k"))
except KeyError as e:
    print("propagated", repr(e))
try:
    next(c)
except StopIteration:
    print("done after propagate")

def fresh():
    print("never runs")
    yield 1

f = fresh()
try:
    f.throw(TypeError("early"))
except TypeError as e:
    print("early", e)
print(list(f))

def ender():
    try:
        yield 1
    except IndexError:
        return 5

e2 = ender()
next(e2)
try:
    e2.throw(IndexError)
except StopIteration as e:
    print("stop from throw", repr(e))

class Oops(Exception):
    pass

def inner():
    try:
        yield "a"
        yield "b"
    finally:
        print("inner finally")

def outer():
    try:
        yield from inner()
    except Oops:
        print("outer caught Oops")
        yield "recovered"
    finally:
        print("outer finally")

o = outer()
print(next(o))
print(o.throw(Oops()))
o.close()
o = outer()
print(next(o))
o.close()
print("end")
c2 = catcher()
next(c2)
print(c2.throw(ValueError, "two-arg"))
