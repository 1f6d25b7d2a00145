"""A small bank simulation: accounts, transfers, overdraft rules, an audit log."""


class InsufficientFunds(Exception):
    def __init__(self, account, amount):
        super().__init__(f"account {account} cannot withdraw {amount:.2f}")
        self.account = account
        self.amount = amount


class AccountFrozen(Exception):
    pass


class Transaction:
    counter = 0

    def __init__(self, kind, amount, note=""):
        Transaction.counter += 1
        self.id = Transaction.counter
        self.kind = kind
        self.amount = amount
        self.note = note

    def __repr__(self):
        return f"Transaction(id={self.id}, kind={self.kind!r}, amount={self.amount:.2f})"


class Account:
    interest_rate = 0.0

    def __init__(self, owner, number, balance=0.0):
        self.owner = owner
        self.number = number
        self.balance = balance
        self.history = []
        self.frozen = False

    def _check(self):
        if self.frozen:
            raise AccountFrozen(f"account {self.number} is frozen")

    def deposit(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(Transaction("deposit", amount))
        return self.balance

    def can_withdraw(self, amount):
        return self.balance >= amount

    def withdraw(self, amount):
        self._check()
        if amount <= 0:
            raise ValueError("withdrawal must be positive")
        if not self.can_withdraw(amount):
            raise InsufficientFunds(self.number, amount)
        self.balance -= amount
        self.history.append(Transaction("withdraw", amount))
        return self.balance

    def month_end(self):
        interest = round(self.balance * self.interest_rate / 12, 2)
        if interest > 0:
            self.balance += interest
            self.history.append(Transaction("interest", interest))
        return interest

    def __str__(self):
        return f"{type(self).__name__}[{self.number}] {self.owner:<8} {self.balance:>10,.2f}"


class Savings(Account):
    interest_rate = 0.03


class Checking(Account):
    def __init__(self, owner, number, balance=0.0, overdraft=100.0):
        super().__init__(owner, number, balance)
        self.overdraft = overdraft

    def can_withdraw(self, amount):
        return self.balance + self.overdraft >= amount


class Bank:
    def __init__(self, name):
        self.name = name
        self.accounts = {}
        self.next_number = 1000
        self.log = []

    def open(self, kind, owner, initial=0.0):
        self.next_number += 1
        number = self.next_number
        if kind == "savings":
            acct = Savings(owner, number, initial)
        elif kind == "checking":
            acct = Checking(owner, number, initial)
        else:
            raise ValueError(f"unknown account kind: {kind}")
        self.accounts[number] = acct
        self.log.append(f"open {kind} {number} for {owner}")
        return acct

    def get(self, number):
        try:
            return self.accounts[number]
        except KeyError:
            raise LookupError(f"no such account: {number}") from None

    def transfer(self, src, dst, amount):
        a = self.get(src)
        b = self.get(dst)
        a.withdraw(amount)
        try:
            b.deposit(amount)
        except AccountFrozen:
            a.deposit(amount)
            raise
        self.log.append(f"transfer {amount:.2f} {src}->{dst}")

    def total(self):
        return sum(a.balance for a in self.accounts.values())

    def report(self):
        print(f"=== {self.name} ===")
        for number in sorted(self.accounts):
            print(self.accounts[number])
        print(f"{'total':<26}{self.total():>12,.2f}")


def main():
    bank = Bank("First Python Bank")
    alice = bank.open("savings", "alice", 1500.0)
    bob = bank.open("checking", "bob", 200.0)
    carol = bank.open("checking", "carol")
    try:
        bank.open("crypto", "dave")
    except ValueError as e:
        print("error:", e)

    operations = [
        ("transfer", alice.number, bob.number, 250.0),
        ("transfer", bob.number, carol.number, 500.0),
        ("transfer", bob.number, carol.number, 100.0),
        ("transfer", carol.number, 9999, 10.0),
        ("deposit", carol.number, 0, -5.0),
        ("withdraw", alice.number, 0, 2000.0),
    ]
    for op, a, b, amount in operations:
        try:
            if op == "transfer":
                bank.transfer(a, b, amount)
            elif op == "deposit":
                bank.get(a).deposit(amount)
            else:
                bank.get(a).withdraw(amount)
            print(f"ok: {op} {amount}")
        except InsufficientFunds as e:
            print(f"insufficient: {e} (account={e.account}, amount={e.amount})")
        except LookupError as e:
            print(f"lookup: {e}")
        except ValueError as e:
            print(f"value: {e}")

    carol.frozen = True
    try:
        bank.transfer(alice.number, carol.number, 50.0)
    except AccountFrozen as e:
        print("frozen:", e, "alice still has", alice.balance)

    for month in range(1, 4):
        earned = [acct.month_end() for acct in bank.accounts.values()]
        print(f"month {month}: interest {earned}")

    bank.report()
    print("history of alice:")
    for t in alice.history:
        print("  ", t)
    print(len(bank.log), "log entries")
    for line in bank.log:
        print(" -", line)
    biggest = max(bank.accounts.values(), key=lambda a: a.balance)
    print("richest:", biggest.owner)
    by_kind = {}
    for acct in bank.accounts.values():
        by_kind.setdefault(type(acct).__name__, []).append(acct.owner)
    print(by_kind)


if __name__ == "__main__":
    main()
