# An attribute that holds an int for some objects and a float for others.


class Account:
    def __init__(self, owner, balance):
        self.owner = owner
        self.balance = balance
        self.history = [balance]

    def deposit(self, amount):
        self.balance += amount
        self.history.append(amount)

    def withdraw(self, amount):
        if amount > self.balance:
            print(f"{self.owner}: insufficient funds ({self.balance} < {amount})")
            return False
        self.balance -= amount
        self.history.append(-amount)
        return True

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance!r})"


class Savings(Account):
    def __init__(self, owner, balance, rate):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = self.balance * self.rate
        self.deposit(interest)
        return interest


accounts = [Account("ann", 100), Savings("bob", 250.5, 0.02), Account("cy", 0), Savings("dee", 1000, 0.05)]
for a in accounts:
    print(a, a.balance, type(a.balance).__name__)
accounts[0].deposit(50)
accounts[2].deposit(12.75)
accounts[0].withdraw(500)
accounts[1].withdraw(50)
for a in accounts:
    if isinstance(a, Savings):
        print(a.owner, "interest", a.add_interest())
for a in accounts:
    print(f"{a.owner:>5} {a.balance:>10} {a.balance:10.2f} {a.history}")
richest = max(accounts, key=lambda a: a.balance)
print("richest:", richest)
print(sorted(a.balance for a in accounts))
total = sum(a.balance for a in accounts)
print("total", total, round(total, 2))


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scale(self, k):
        return Point(self.x * k, self.y * k)

    def __eq__(self, other):
        return self.x == other.x and self.y == other.y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


p = Point(1, 2)
q = Point(1.5, 2)
print(p, q, p.scale(2), q.scale(2), p == Point(1.0, 2.0), p == q)
print(isinstance(p.x, int), isinstance(q.x, float), isinstance(q.y, int))
