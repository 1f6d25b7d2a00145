# A parameter stored in an attribute: the conflict names the method calls that passed each type.


class Account:
    def __init__(self, owner):
        self.owner = owner

    def rename(self, owner):  # error: attribute 'Account.owner' holds both str and int
        self.owner = owner


a = Account("ann")  # note: str flows in from the argument of `Account\("ann"\)`
a.rename(42)  # note: int flows in from the argument of `a.rename\(42\)`
print(a.owner)
