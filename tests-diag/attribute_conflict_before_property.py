# An attribute that holds int in one object and str in another is the cause; a property that
# returns it is a consequence, and is not what the error names.


class Account:
    def __init__(self, owner, balance=0):  # error: attribute 'Account\._balance' holds both int and str
        self.owner = owner
        self._balance = balance

    @property
    def balance(self):
        return self._balance


class Savings(Account):
    pass


a = Account("ann", 100)
b = Savings("bob", "250.5")
print(a.balance, b.balance)
