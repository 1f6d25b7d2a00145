# Bank accounts: class attributes, @classmethod constructors, @staticmethod, @property, and a user exception.


class InsufficientFunds(Exception):
    pass


class Account:
    bank_name = "Krait Savings"
    next_number = 1000

    def __init__(self, owner, balance=0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []

    @classmethod
    def from_string(cls, text):
        owner, amount = text.split(":")
        return cls(owner.strip(), int(amount))

    @staticmethod
    def format_cents(cents):
        sign = "-" if cents < 0 else ""
        cents = abs(cents)
        return sign + "$" + str(cents // 100) + "." + str(cents % 100).zfill(2)

    @property
    def balance(self):
        return self._balance

    def deposit(self, cents):
        if cents <= 0:
            raise ValueError("deposit must be positive")
        self._balance += cents
        self.history.append(("deposit", cents))

    def withdraw(self, cents):
        if cents > self._balance:
            raise InsufficientFunds(self.owner + " cannot withdraw " + Account.format_cents(cents))
        self._balance -= cents
        self.history.append(("withdraw", cents))

    def __str__(self):
        return "#" + str(self.number) + " " + self.owner + ": " + Account.format_cents(self._balance)


class SavingsAccount(Account):
    rate_percent = 3

    def add_interest(self):
        interest = self.balance * self.rate_percent // 100
        self.deposit(interest)
        return interest


accounts = [Account("Ada", 5000), Account.from_string("Brian : 120"), SavingsAccount("Cleo", 25000)]
for acc in accounts:
    print(acc)
accounts[0].deposit(1999)
accounts[2].withdraw(4000)
print("interest paid:", Account.format_cents(accounts[2].add_interest()))
for acc, amount in [(accounts[1], 500), (accounts[0], 300), (accounts[1], -5)]:
    try:
        if amount < 0:
            acc.deposit(amount)
        else:
            acc.withdraw(amount)
        print("ok:", acc)
    except InsufficientFunds as e:
        print("refused:", e)
    except ValueError as e:
        print("bad amount:", e)
print(Account.bank_name, "opened", Account.next_number - 1000, "accounts")
for acc in accounts:
    print(acc, acc.history, isinstance(acc, SavingsAccount))
