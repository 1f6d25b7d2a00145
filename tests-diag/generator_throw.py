# g.throw() takes an exception, an exception class, or a builtin exception class and its
# argument; anything else (a TypeError in CPython) is named at compile time.


def running_total():
    total = 0
    while True:
        value = yield total
        total += value if value is not None else 0


gen = running_total()
next(gen)
print(gen.send(5))
gen.throw(42)  # error: generator\.throw\(\) of anything but an exception
