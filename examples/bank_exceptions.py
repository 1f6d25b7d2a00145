# A bank with a user exception hierarchy, try/except/else/finally, with, assert; ends with an uncaught exception.
class BankError(Exception):
    pass


class InsufficientFunds(BankError):
    def __init__(self, needed):
        super().__init__(f"need {needed} more")
        self.needed = needed


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance

    def withdraw(self, amount):
        if amount <= 0:
            raise ValueError("amount must be positive")
        if amount > self.balance:
            raise InsufficientFunds(amount - self.balance)
        self.balance -= amount
        return self.balance


class Timer:
    def __enter__(self):
        print("enter")
        return self

    def __exit__(self, a, b, c):
        print("exit")


acct = Account("ann", 100)
for amount in [30, -5, 500, 20]:
    try:
        left = acct.withdraw(amount)
    except InsufficientFunds as e:
        print("insufficient:", e, e.needed)
    except ValueError as e:
        print("bad value:", e)
    else:
        print("left", left)
    finally:
        print("done", amount)

xs = [1, 2, 3]
try:
    print(xs[10])
except (KeyError, IndexError) as e:
    print("lookup failed:", e)
try:
    d = {"a": 1}
    print(d["b"])
except KeyError as e:
    print("missing key", e, repr(e))
try:
    print(1 / 0)
except ZeroDivisionError as e:
    print("zde", e)
with Timer() as t:
    print("inside")
try:
    assert len(xs) > 5, "too short"
except AssertionError as e:
    print("assert:", e)
def check(n):
    if n > 2:
        raise BankError("too big: " + str(n))
    return n
total = 0
for i in range(5):
    try:
        total += check(i)
    except BankError:
        print("skip", i)
        continue
print(total)
raise InsufficientFunds(7)
