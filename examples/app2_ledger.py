"""Event-sourced bank ledger: events are appended, balances are replayed."""
from collections import defaultdict


class LedgerError(Exception):
    """Base class for ledger problems."""


class UnknownAccount(LedgerError, KeyError):
    def __init__(self, account):
        super().__init__(account)
        self.account = account

    def __str__(self):
        return f"no such account: {self.account}"


class InsufficientFunds(LedgerError):
    def __init__(self, account, balance, amount):
        super().__init__(f"{account} has {balance / 100:.2f}, needs {amount / 100:.2f}")
        self.shortfall = amount - balance


class FrozenAccount(LedgerError):
    pass


class Event:
    kind = "event"

    def __init__(self, seq, account):
        self.seq = seq
        self.account = account

    def apply(self, state):
        raise NotImplementedError(type(self).__name__)

    def describe(self):
        return f"#{self.seq:03d} {self.kind:<9} {self.account}"


class Opened(Event):
    kind = "open"

    def __init__(self, seq, account, owner):
        super().__init__(seq, account)
        self.owner = owner

    def apply(self, state):
        state.balances[self.account] = 0
        state.owners[self.account] = self.owner

    def describe(self):
        return super().describe() + f" for {self.owner}"


class Deposited(Event):
    kind = "deposit"

    def __init__(self, seq, account, cents):
        super().__init__(seq, account)
        self.cents = cents

    def apply(self, state):
        state.balances[self.account] += self.cents

    def describe(self):
        return super().describe() + f" {self.cents / 100:>10,.2f}"


class Withdrawn(Deposited):
    kind = "withdraw"

    def apply(self, state):
        state.balances[self.account] -= self.cents


class Frozen(Event):
    kind = "freeze"

    def apply(self, state):
        state.frozen.add(self.account)


class State:
    def __init__(self):
        self.balances = {}
        self.owners = {}
        self.frozen = set()


class Ledger:
    def __init__(self):
        self.events = []
        self.state = State()

    def _record(self, event):
        event.apply(self.state)
        self.events.append(event)
        return event

    def _next(self):
        return len(self.events) + 1

    def _check(self, account):
        if account not in self.state.balances:
            raise UnknownAccount(account)
        if account in self.state.frozen:
            raise FrozenAccount(f"{account} is frozen")

    def open(self, account, owner):
        if account in self.state.balances:
            raise LedgerError(f"{account} already exists")
        return self._record(Opened(self._next(), account, owner))

    def deposit(self, account, amount):
        self._check(account)
        cents = round(amount * 100)
        if cents <= 0:
            raise ValueError(f"deposit must be positive, got {amount!r}")
        return self._record(Deposited(self._next(), account, cents))

    def withdraw(self, account, amount):
        self._check(account)
        cents = round(amount * 100)
        balance = self.state.balances[account]
        if cents > balance:
            raise InsufficientFunds(account, balance, cents)
        return self._record(Withdrawn(self._next(), account, cents))

    def transfer(self, src, dst, amount):
        mark = len(self.events)
        try:
            self.withdraw(src, amount)
            self.deposit(dst, amount)
        except LedgerError as exc:
            # roll back anything this transfer recorded, then replay
            del self.events[mark:]
            self.state = self.replay()
            raise LedgerError(f"transfer {src}->{dst} failed") from exc

    def freeze(self, account):
        self._check(account)
        self._record(Frozen(self._next(), account))

    def replay(self, upto=None):
        state = State()
        for event in self.events[:upto]:
            event.apply(state)
        return state


def report(ledger):
    by_owner = defaultdict(list)
    for account, owner in ledger.state.owners.items():
        by_owner[owner].append(account)
    for owner in sorted(by_owner):
        accounts = sorted(by_owner[owner])
        total = sum(ledger.state.balances[a] for a in accounts)
        print(f"{owner:<8}{', '.join(accounts):<22}{total / 100:>12,.2f}")


def attempt(label, action, *args):
    try:
        action(*args)
        print(f"ok   {label}")
    except InsufficientFunds as exc:
        print(f"FAIL {label}: {exc} (short by {exc.shortfall} cents)")
    except UnknownAccount as exc:
        print(f"FAIL {label}: {exc}; is KeyError: {isinstance(exc, KeyError)}")
    except LedgerError as exc:
        cause = exc.__cause__
        extra = f" <- {type(cause).__name__}: {cause}" if cause is not None else ""
        print(f"FAIL {label}: {exc}{extra}")
    except ValueError as exc:
        print(f"FAIL {label}: ValueError: {exc}")


def main():
    ledger = Ledger()
    ledger.open("CHK-1", "alice")
    ledger.open("SAV-1", "alice")
    ledger.open("CHK-2", "bob")
    ledger.open("CHK-3", "carol")
    ledger.deposit("CHK-1", 1500.25)
    ledger.deposit("CHK-2", 99.99)
    ledger.deposit("CHK-3", 1_234_567.89)
    attempt("alice saves", ledger.transfer, "CHK-1", "SAV-1", 1000)
    attempt("bob overdraws", ledger.withdraw, "CHK-2", 150)
    attempt("bob transfers too much", ledger.transfer, "CHK-2", "CHK-1", 100)
    attempt("to nowhere", ledger.transfer, "CHK-1", "XYZ", 10)
    attempt("negative", ledger.deposit, "CHK-1", -5)
    attempt("reopen", ledger.open, "CHK-1", "mallory")
    attempt("freeze carol", ledger.freeze, "CHK-3")
    attempt("carol pays bob", ledger.transfer, "CHK-3", "CHK-2", 50)
    attempt("bob pays carol", ledger.transfer, "CHK-2", "CHK-3", 50)
    attempt("unknown deposit", ledger.deposit, "NOPE", 1)

    print()
    for event in ledger.events:
        print(event.describe())
    print()
    report(ledger)

    halfway = ledger.replay(upto=len(ledger.events) // 2)
    print("\nafter half the events:", {k: v for k, v in halfway.balances.items() if v})
    print("frozen:", sorted(ledger.state.frozen))
    kinds = defaultdict(int)
    for e in ledger.events:
        kinds[e.kind] += 1
    print("event kinds:", dict(sorted(kinds.items())))
    try:
        Event(0, "X").apply(ledger.state)
    except NotImplementedError as exc:
        print("abstract:", repr(exc))


main()
