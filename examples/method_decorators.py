# Decorators on methods: wrappers (with functools.wraps), decorators with arguments, stacked ones,
# and registration decorators that return the method unchanged; inherited and overridden methods.
import functools
from functools import wraps

registered = []


def register(fn):
    registered.append(fn.__name__)
    return fn


def traced(fn):
    @functools.wraps(fn)
    def wrapper(*args):
        print("->", fn.__name__, args[1:])
        result = fn(*args)
        print("<-", wrapper.__name__, result)
        return result
    return wrapper


def repeat(times):
    def decorate(fn):
        @wraps(fn)
        def again(self, x):
            out = x
            for _ in range(times):
                out = fn(self, out)
            return out
        return again
    return decorate


def counted(fn):
    calls = [0]

    def wrapper(self, *rest):
        calls[0] += 1
        print(f"call #{calls[0]} of {fn.__name__}")
        return fn(self, *rest)
    return wrapper


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    @traced
    def deposit(self, amount):
        self.balance += amount
        return self.balance

    @register
    def summary(self):
        return f"{self.owner}: {self.balance}"

    @repeat(3)
    def grow(self, pct):
        self.balance += self.balance * pct // 100
        return pct + 1

    @counted
    @traced
    def withdraw(self, amount, fee):
        self.balance -= amount + fee
        return self.balance

    @register
    def describe(self):
        return "plain account"


class Savings(Account):
    @register
    def describe(self):
        return "savings of " + self.owner

    @traced
    def deposit(self, amount):
        self.balance += amount * 2
        return self.balance


a = Account("ann", 100)
print(a.deposit(50))
print(a.grow(10), a.summary())
print(a.withdraw(30, 1), a.withdraw(5, 0))
s = Savings("bo", 10)
print(s.deposit(5), s.grow(50), s.summary())
for acct in [a, s]:
    print(acct.describe(), acct.deposit(1))
print(registered)
print(Account.deposit.__name__, Account.grow.__name__, Savings.deposit.__name__)
