# A method bound to a second name in the class body (__radd__ = __add__, __str__ = __repr__);
# a subclass overriding the original leaves the alias calling the original, as in Python.


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        return Money(self.cents + other.cents)

    __radd__ = __add__

    def __repr__(self):
        return f"Money({self.cents})"

    __str__ = __repr__

    def scaled(self, factor=2, *, extra=0):
        return Money(self.cents * factor + extra)

    times = scaled


class Euros(Money):
    def __repr__(self):
        return f"EUR {self.cents / 100:.2f}"


a = Money(150)
print(a + Money(5), Money(5) + a, str(a), a.times(), a.times(3, extra=1))
print(sum([Money(1), Money(2)], Money(0)))
e = Euros(250)
print(repr(e), str(e))
print(a.__radd__(Money(1)), e.times(1))
