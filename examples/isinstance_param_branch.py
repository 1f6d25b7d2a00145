# isinstance() of a parameter decides, per argument type, which branch runs: a method that takes
# an int or an object of its class (return early for one), a coercion helper, `not isinstance`,
# and a tuple of classes.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        if isinstance(other, int):
            return Money(self.cents + other)
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        return self + other

    def __eq__(self, other):
        if not isinstance(other, Money):
            return self.cents == other
        return self.cents == other.cents

    def __repr__(self):
        return f"Money({self.cents})"


def as_money(x):
    if isinstance(x, Money):
        return x
    return Money(x)


def describe(x):
    if isinstance(x, (int, float)):
        return f"number {x}"
    elif isinstance(x, str):
        return f"text {x!r}"
    else:
        return f"other {x}"


def total(items):
    if not isinstance(items, list):
        raise TypeError("expected a list")
    return sum(items, Money(0))


a = Money(150)
print(a + 5, a + Money(7), 3 + a, sum([Money(1), Money(2)]))
print(a == 150, a == Money(150), a == Money(1), a != 149)
print(as_money(4), as_money(a), as_money(a) is a)
print(describe(1), describe(2.5), describe("x"), describe([1]))
print(total([Money(5), Money(6)]))
try:
    total((Money(1),))
except TypeError as e:
    print("TypeError:", e)
