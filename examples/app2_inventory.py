"""Warehouse inventory with validated properties, a custom exception tree, and context managers."""


class InventoryError(Exception):
    pass


class ValidationError(InventoryError, ValueError):
    def __init__(self, field, value, reason):
        self.field = field
        super().__init__(f"{field}={value!r}: {reason}")


class OutOfStock(InventoryError):
    def __init__(self, sku, wanted, available):
        super().__init__(f"{sku}: wanted {wanted}, only {available} left")
        self.sku = sku
        self.wanted = wanted
        self.available = available


class Item:
    _next_id = 1

    def __init__(self, sku, name, price, quantity=0, *, tags=None):
        self.id = Item._next_id
        Item._next_id += 1
        self.sku = sku
        self.name = name
        self.price = price
        self.quantity = quantity
        self.tags = set(tags or [])

    @property
    def sku(self):
        return self._sku

    @sku.setter
    def sku(self, value):
        if len(value) != 8 or value[:3] != value[:3].upper() or not value[:3].isalpha() or value[3] != "-" or not value[4:].isdigit():
            raise ValidationError("sku", value, "expected AAA-9999")
        self._sku = value

    @property
    def price(self):
        return self._price

    @price.setter
    def price(self, value):
        if value < 0:
            raise ValidationError("price", value, "must not be negative")
        self._price = round(float(value), 2)

    @property
    def quantity(self):
        return self._quantity

    @quantity.setter
    def quantity(self, value):
        if not isinstance(value, int):
            raise ValidationError("quantity", value, "must be an integer")
        if value < 0:
            raise ValidationError("quantity", value, "must not be negative")
        self._quantity = value

    @property
    def value(self):
        return self.price * self.quantity

    def __repr__(self):
        return f"Item({self.sku!r}, {self.name!r}, {self.price}, {self.quantity})"

    def __lt__(self, other):
        return (self.name, self.sku) < (other.name, other.sku)


class Transaction:
    """Apply stock changes atomically: on error everything is restored."""

    def __init__(self, inventory):
        self.inventory = inventory
        self.snapshot = {}
        self.log = []

    def __enter__(self):
        self.snapshot = {sku: item.quantity for sku, item in self.inventory.items.items()}
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is not None:
            for sku, qty in self.snapshot.items():
                self.inventory.items[sku].quantity = qty
            self.log.append(f"rolled back after {exc_type.__name__}")
            return issubclass(exc_type, OutOfStock)
        self.log.append("committed")
        return False


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, sku, name, price, quantity=0, *, tags=None):
        item = Item(sku, name, price, quantity, tags=tags)
        if item.sku in self.items:
            raise InventoryError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        return item

    def take(self, sku, n):
        try:
            item = self.items[sku]
        except KeyError:
            raise InventoryError(f"unknown sku {sku}") from None
        if item.quantity < n:
            raise OutOfStock(sku, n, item.quantity)
        item.quantity -= n

    def restock(self, sku, n):
        self.items[sku].quantity += n

    def find(self, *, tag=None, max_price=None):
        for item in sorted(self.items.values()):
            if tag is not None and tag not in item.tags:
                continue
            if max_price is not None and item.price > max_price:
                continue
            yield item

    def total_value(self):
        return sum(item.value for item in self.items.values())


def main():
    inv = Inventory()
    inv.add("BOL-0001", "Bolt M6", 0.15, 5000, tags=["hardware", "small"])
    inv.add("NUT-0001", "Nut M6", 0.05, 7200, tags=["hardware", "small"])
    inv.add("DRL-0100", "Cordless drill", 89.5, 12, tags=["tools", "power"])
    inv.add("SAW-0200", "Hand saw", 24, 30, tags=["tools"])
    inv.add("GLV-0300", "Work gloves", 7.999, 140)

    bad_inputs = [
        ("bad", "x", 1, 0),
        ("ABC-12345", "x", 1, 0),
        ("abc-1234", "x", 1, 0),
        ("ABC-1234", "x", -3, 0),
        ("ABC-1234", "x", 3, -1),
        ("BOL-0001", "dup", 1, 0),
    ]
    for args in bad_inputs:
        try:
            inv.add(*args)
        except ValidationError as e:
            print(f"invalid {e.field:<8}: {e}")
        except InventoryError as e:
            print("rejected:", e)

    print(f"{'SKU':<9}{'Name':<16}{'Price':>8}{'Qty':>6}{'Value':>11}")
    for item in inv.find():
        print(f"{item.sku:<9}{item.name:<16}{item.price:>8.2f}{item.quantity:>6d}{item.value:>11,.2f}")
    print(f"{'':<39}{inv.total_value():>11,.2f}")

    with Transaction(inv) as tx:
        inv.take("BOL-0001", 100)
        inv.take("NUT-0001", 100)
    print("tx1:", tx.log, inv.items["BOL-0001"].quantity, inv.items["NUT-0001"].quantity)

    with Transaction(inv) as tx:
        inv.take("DRL-0100", 5)
        inv.take("SAW-0200", 31)
        print("not reached")
    print("tx2:", tx.log, inv.items["DRL-0100"].quantity, inv.items["SAW-0200"].quantity)

    try:
        with Transaction(inv) as tx:
            inv.take("GLV-0300", 40)
            inv.take("XXX-0000", 1)
    except InventoryError as e:
        print("tx3 failed:", e, "| cause:", e.__cause__, "| log:", tx.log)
    print("gloves left:", inv.items["GLV-0300"].quantity)

    try:
        inv.items["SAW-0200"].quantity = 2.5
    except ValueError as e:
        print("ValueError caught:", e)

    print("tools:", [i.name for i in inv.find(tag="tools")])
    print("cheap hardware:", [i.sku for i in inv.find(tag="hardware", max_price=0.1)])
    print("under 10:", ", ".join(repr(i) for i in inv.find(max_price=10)))
    print("ids:", [i.id for i in inv.items.values()], "next id:", Item._next_id)
    err = OutOfStock("A", 2, 1)
    print(repr(str(err)), err.sku, err.wanted - err.available, isinstance(err, InventoryError), isinstance(err, ValueError))


main()
