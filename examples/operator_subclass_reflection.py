# Python tries the right operand's reflected method first when its class derives from the
# left operand's and overrides it: A() < B() calls B.__gt__, A() + B() calls B.__radd__.

class A:
    def __init__(self, v):
        self.v = v

    def __lt__(self, other):
        print("A.__lt__")
        return self.v < other.v

    def __gt__(self, other):
        print("A.__gt__")
        return self.v > other.v


class B(A):
    def __gt__(self, other):
        print("B.__gt__")
        return self.v > other.v


print(A(1) < B(2))
print(B(1) < A(2))
print(A(1) < A(2))


class Money:
    def __init__(self, cents):
        self.cents = cents

    def __add__(self, other):
        print("Money.__add__")
        return Money(self.cents + other.cents)

    def __radd__(self, other):
        print("Money.__radd__")
        return Money(self.cents + other.cents)

    def __eq__(self, other):
        print("Money.__eq__")
        return self.cents == other.cents


class Tip(Money):
    def __radd__(self, other):
        print("Tip.__radd__")
        return Money(self.cents + other.cents + 1)

    def __eq__(self, other):
        print("Tip.__eq__")
        return self.cents == other.cents


print((Money(100) + Tip(50)).cents)
print((Tip(50) + Money(100)).cents)
print((Money(1) + Money(2)).cents)
print(Money(5) == Tip(5), Tip(5) == Money(5))
total = Money(10)
total += Tip(5)
print(total.cents)
print(sorted([B(3), A(1), B(2)], key=lambda x: x.v)[0].v)
