def count(n):
    for i in range(n):
        yield i
    return n * 10

def maybe(flag):
    yield 1
    if flag:
        return 7

g = count(2)
print(list(g))
try:
    next(g)
except StopIteration as e:
    print("after loop", e.value)

g = count(1)
print(next(g))
try:
    next(g)
except StopIteration as e:
    print("value", e.value, e.value + 1 if e.value is not None else -1)

for flag in (True, False):
    m = maybe(flag)
    next(m)
    try:
        next(m)
    except StopIteration as e:
        print(flag, e.value)

def gather():
    total = 0
    while True:
        x = yield total
        if x is None:
            return total
        total += x

acc = gather()
next(acc)
acc.send(3)
acc.send(4)
try:
    acc.send(None)
except StopIteration as e:
    print("gathered", e.value)

try:
    raise StopIteration
except StopIteration as e:
    print("plain", e.value)
