# A user-defined exception hierarchy for bank transfers: several handlers, else, finally, raise ... from.


class BankError(Exception):
    pass


class AccountNotFound(BankError):
    def __init__(self, name):
        super().__init__("no account named " + repr(name))
        self.name = name


class InsufficientFunds(BankError):
    def __init__(self, name, needed, available):
        super().__init__(f"{name} needs {needed} but has {available}")
        self.shortfall = needed - available


class TransferFailed(Exception):
    pass


balances = {"alice": 100, "bob": 50, "carol": 0}
audit = []


def withdraw(name, amount):
    if name not in balances:
        raise AccountNotFound(name)
    if amount <= 0:
        raise ValueError("amount must be positive, got " + str(amount))
    if balances[name] < amount:
        raise InsufficientFunds(name, amount, balances[name])
    balances[name] -= amount


def transfer(src, dst, amount):
    try:
        withdraw(src, amount)
        if dst not in balances:
            balances[src] += amount  # refund
            raise AccountNotFound(dst)
    except BankError as e:
        raise TransferFailed(f"{src} -> {dst}: {e}") from e
    else:
        balances[dst] += amount
        return "ok"
    finally:
        audit.append((src, dst, amount))


requests = [("alice", "bob", 30), ("bob", "carol", 100), ("carol", "dave", 0),
            ("alice", "zed", 10), ("erin", "bob", 5), ("bob", "alice", 80)]
for src, dst, amount in requests:
    try:
        print("transfer", src, dst, amount, "->", transfer(src, dst, amount))
    except TransferFailed as e:
        cause = e.__cause__
        print("FAILED:", e)
        if isinstance(cause, InsufficientFunds):
            print("   short by", cause.shortfall)
        elif isinstance(cause, AccountNotFound):
            print("   unknown account", cause.name)
    except ValueError as e:
        print("rejected:", e)
print(balances)
print(len(audit), "attempts audited; total moved", sum(a for _, _, a in audit))
print(issubclass(InsufficientFunds, BankError), issubclass(TransferFailed, BankError))
