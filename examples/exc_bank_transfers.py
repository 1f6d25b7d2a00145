# Accounts with a property setter, class counters, *args/**kwargs forwarding to constructors,
# try/except/else/finally in a transfer, and an uncaught exception raised "from" another.

from collections import defaultdict


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account.number} cannot pay {amount:.2f}")
        self.account = account
        self.amount = amount


class FrozenAccount(Exception):
    pass


class Account:
    next_number = 1000

    def __init__(self, owner, balance=0.0):
        self.owner = owner
        self._balance = balance
        self.number = Account.next_number
        Account.next_number += 1
        self.history = []
        self.frozen = False

    @property
    def balance(self):
        return self._balance

    @balance.setter
    def balance(self, value):
        if value < 0:
            raise ValueError("balance cannot be negative")
        self._balance = value

    def deposit(self, amount):
        if self.frozen:
            raise FrozenAccount(f"{self.number} is frozen")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if self.frozen:
            raise FrozenAccount(f"{self.number} is frozen")
        if amount > self.balance:
            raise InsufficientFunds(self, amount)
        self.balance -= amount
        self.history.append(("withdraw", amount))

    def __repr__(self):
        return f"Account({self.owner!r}, {self.balance:,.2f})"


class SavingsAccount(Account):
    def __init__(self, owner, balance=0.0, rate=0.02):
        super().__init__(owner, balance)
        self.rate = rate

    def add_interest(self):
        interest = round(self.balance * self.rate, 2)
        self.deposit(interest)
        return interest

    def __repr__(self):
        return "Savings" + super().__repr__() + f" @ {self.rate:.1%}"


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.log = defaultdict(list)

    def open(self, kind, owner, *args, **kwargs):
        acct = kind(owner, *args, **kwargs)
        self.accounts[acct.number] = acct
        self.log[owner].append(f"opened {acct.number}")
        return acct

    def transfer(self, src, dst, amount):
        try:
            self.accounts[src].withdraw(amount)
        except KeyError as e:
            self.log["bank"].append(f"no account {e}")
            return False
        except (InsufficientFunds, FrozenAccount) as e:
            self.log["bank"].append(f"failed: {e}")
            return False
        else:
            self.accounts[dst].deposit(amount)
            return True
        finally:
            self.log["bank"].append(f"transfer {src}->{dst} {amount}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        lines = [f"{self.name:=^40}"]
        for num in sorted(self.accounts):
            a = self.accounts[num]
            lines.append(f"{num:>6} {a.owner:<10} {a.balance:>12,.2f} {type(a).__name__}")
        lines.append(f"{'total':>17} {self.total():>12,.2f}")
        return "\n".join(lines)


bank = Bank("Krait Savings & Loan")
alice = bank.open(Account, "alice", 1500.0)
bob = bank.open(SavingsAccount, "bob", 250000.0, rate=0.035)
carol = bank.open(SavingsAccount, "carol")
print(alice, bob, carol, sep="\n")
print(bank.transfer(alice.number, bob.number, 200.0))
print(bank.transfer(carol.number, alice.number, 10.0))
print(bank.transfer(9999, alice.number, 10.0))
carol.frozen = True
try:
    print(bank.transfer(alice.number, carol.number, 5.0))
except FrozenAccount as e:
    print("frozen:", e, "| alice now", alice.balance)
print(bob.add_interest())
try:
    alice.balance = -5.0
except ValueError as e:
    print("ValueError:", e)
print(bank.report())
for who in sorted(bank.log):
    print(who, bank.log[who])
print([h for h in bob.history if h[0] == "deposit"])
try:
    alice.withdraw(1e9)
except InsufficientFunds as e:
    print(e, e.amount, e.account.owner)
raise InsufficientFunds(alice, 12345.678) from KeyError("boom")
