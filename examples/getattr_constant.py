# getattr and setattr with a constant attribute name are plain attribute accesses.


class Account:
    rate = 2

    def __init__(self, owner):
        self.owner = owner
        self.balance = 0

    def deposit(self, amount):
        setattr(self, "balance", self.balance + amount)
        return getattr(self, "balance")


a = Account("ann")
print(a.deposit(5), a.deposit(7))
setattr(a, "owner", getattr(a, "owner").upper())
print(getattr(a, "owner"), getattr(Account, "rate"))
print(len(getattr(getattr(a, "owner"), "lower")()))
