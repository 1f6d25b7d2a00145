# Nested functions and closures: counters with nonlocal, factories returning functions, late binding in loops.


def make_counter(start=0, step=1):
    count = start

    def increment():
        nonlocal count
        count += step
        return count

    def reset():
        nonlocal count
        count = start

    return increment, reset


def make_multiplier(k):
    return lambda x: x * k


def make_accumulator():
    items = []

    def add(x):
        items.append(x)
        return sum(items) / len(items)

    return add


def outer():
    trace = []
    x = "outer"

    def middle():
        x = "middle"

        def inner():
            nonlocal x
            trace.append("inner sees " + x)
            x = "changed by inner"

        inner()
        trace.append("middle now " + x)

    middle()
    trace.append("outer still " + x)
    return trace


inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print("after reset:", inc())
by_ten, _ = make_counter(100, 10)
print(by_ten(), by_ten(), inc())
double = make_multiplier(2)
triple = make_multiplier(3)
print(double(21), triple(7), [make_multiplier(n)(n) for n in range(5)])
avg = make_accumulator()
for v in [4, 8, 15, 16, 23, 42]:
    print(f"running average {avg(v):.2f}")
print("\n".join(outer()))
late = [lambda: i * i for i in range(4)]
early = [lambda i=i: i * i for i in range(4)]
print("late binding:", [f() for f in late], " default-captured:", [f() for f in early])
adders = [lambda x, i=i: x + i for i in range(3)]
print("adders:", [f(10) for f in adders], adders[1](10, 5), adders[2].__qualname__)
by_key = {k: (lambda: k * 2) for k in "ab"}
print("dict of late lambdas:", {k: f() for k, f in by_key.items()})


def offset_by(n):
    return lambda x, k=n: x + k


plus1, plus2 = offset_by(1), offset_by(2)
print("per-call defaults:", plus1(0), plus2(0), plus1(0, 7), plus2.__qualname__)
labels = []
for j in range(3):
    labels.append(lambda x, j=j, *, sep="-": sep + str(x + j))
print("loop lambdas:", [f(1) for f in labels], labels[2](1, sep="+"))
