"""A vending machine state machine driven by a script of events."""
from enum import Enum, auto
from dataclasses import dataclass, field


class State(Enum):
    IDLE = auto()
    HAS_MONEY = auto()
    DISPENSING = auto()
    OUT_OF_SERVICE = auto()


class VendingError(Exception):
    pass


class InsufficientFunds(VendingError):
    def __init__(self, needed, have):
        super().__init__(f"need {needed} cents, have {have}")
        self.needed = needed
        self.have = have


class SoldOut(VendingError):
    pass


@dataclass
class Slot:
    code: str
    name: str
    price: int
    count: int = 0

    def label(self):
        return f"{self.code:<3} {self.name:<14} {self.price / 100:>6.2f} x{self.count}"


COINS = {"nickel": 5, "dime": 10, "quarter": 25, "dollar": 100}


@dataclass
class Machine:
    slots: dict = field(default_factory=dict)
    state: State = State.IDLE
    balance: int = 0
    bank: int = 0
    log: list = field(default_factory=list)

    def add_slot(self, slot):
        self.slots[slot.code] = slot

    def record(self, msg):
        self.log.append(f"[{self.state.name:<14}] {msg}")

    def insert(self, coin):
        if self.state is State.OUT_OF_SERVICE:
            raise VendingError("machine is out of service")
        value = COINS.get(coin)
        if value is None:
            self.record(f"rejected coin {coin!r}")
            return
        self.balance += value
        self.state = State.HAS_MONEY
        self.record(f"inserted {coin} -> balance {self.balance}")

    def select(self, code):
        slot = self.slots.get(code)
        if slot is None:
            raise VendingError(f"no slot {code}")
        if slot.count == 0:
            raise SoldOut(slot.name)
        if self.balance < slot.price:
            raise InsufficientFunds(slot.price, self.balance)
        self.state = State.DISPENSING
        slot.count -= 1
        self.balance -= slot.price
        self.bank += slot.price
        self.record(f"dispensed {slot.name}")
        change = self.make_change()
        self.state = State.IDLE
        return slot.name, change

    def make_change(self):
        coins = []
        for name, value in sorted(COINS.items(), key=lambda kv: -kv[1]):
            while self.balance >= value:
                self.balance -= value
                coins.append(name)
        return coins

    def refund(self):
        if self.balance == 0:
            self.record("nothing to refund")
            return []
        coins = self.make_change()
        self.state = State.IDLE
        self.record(f"refunded {len(coins)} coins")
        return coins


def run(machine, script):
    for line in script:
        words = line.split()
        match words:
            case ["insert", *coins]:
                for c in coins:
                    machine.insert(c)
            case ["select", code]:
                try:
                    item, change = machine.select(code)
                except InsufficientFunds as e:
                    print(f"  ! {e} (short by {e.needed - e.have})")
                except SoldOut as e:
                    print(f"  ! sold out: {e}")
                except VendingError as e:
                    print(f"  ! error: {e}")
                else:
                    extra = ", ".join(change) if change else "no change"
                    print(f"  -> {item} ({extra})")
            case ["refund"]:
                coins = machine.refund()
                print(f"  refund: {coins}")
            case ["service", "off"]:
                machine.state = State.OUT_OF_SERVICE
                print("  machine switched off")
            case ["service", "on"]:
                machine.state = State.IDLE
                print("  machine switched on")
            case ["stock", code, n] if n.isdigit():
                machine.slots[code].count += int(n)
                print(f"  restocked {code} by {n}")
            case []:
                continue
            case _:
                print(f"  ? unknown command: {line!r}")


def main():
    m = Machine()
    for code, name, price, count in [
        ("A1", "Cola", 125, 3),
        ("A2", "Water", 90, 1),
        ("B1", "Chips", 150, 0),
        ("B2", "Candy bar", 85, 5),
    ]:
        m.add_slot(Slot(code, name, price, count))

    script = [
        "insert quarter quarter dollar",
        "select A1",
        "insert dollar",
        "select B1",
        "select A2",
        "select A2",
        "insert dime button",
        "refund",
        "refund",
        "",
        "stock B1 4",
        "stock B1 many",
        "insert dollar quarter quarter",
        "select B1",
        "service off",
        "select C9",
        "service on",
        "insert nickel nickel",
        "select B2",
        "dance",
    ]
    for line in script:
        print(f"> {line}")
        try:
            run(m, [line])
        except VendingError as e:
            print(f"  ! {type(e).__name__}: {e}")

    print()
    print("Inventory:")
    for slot in m.slots.values():
        print("  " + slot.label())
    print(f"Bank: ${m.bank / 100:,.2f}  balance left: {m.balance}")
    print(f"State: {m.state}")
    print()
    print("Log:")
    for i, entry in enumerate(m.log, 1):
        print(f"{i:>3}. {entry}")


if __name__ == "__main__":
    main()
