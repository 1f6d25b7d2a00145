# A shop inventory: a class wrapping a dict with __contains__, __len__, __getitem__, __iter__, a property and sorted reports.


class Item:
    def __init__(self, name, price_cents, qty):
        self.name = name
        self.price_cents = price_cents
        self.qty = qty

    @property
    def value(self):
        return self.price_cents * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price_cents}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, name, price_cents, qty=1):
        if name in self.items:
            self.items[name].qty += qty
        else:
            self.items[name] = Item(name, price_cents, qty)

    def remove(self, name, qty):
        item = self.items[name]
        if qty > item.qty:
            raise ValueError(f"only {item.qty} {name} left")
        item.qty -= qty
        if item.qty == 0:
            del self.items[name]

    def __contains__(self, name):
        return name in self.items

    def __len__(self):
        return len(self.items)

    def __getitem__(self, name):
        return self.items[name]

    def __iter__(self):
        return iter(self.items.values())

    @property
    def total_value(self):
        return sum(item.value for item in self)


inv = Inventory()
for name, price, qty in [("widget", 250, 10), ("gadget", 1299, 3), ("gizmo", 75, 40), ("widget", 250, 5)]:
    inv.add(name, price, qty)
inv.add("doohickey", 5000)
print(len(inv), "kinds, worth", inv.total_value)
print(inv["widget"], "gadget" in inv, "sprocket" in inv)
orders = [("gizmo", 15), ("gadget", 3), ("widget", 20), ("sprocket", 1), ("gizmo", 25)]
for name, qty in orders:
    try:
        inv.remove(name, qty)
        print(f"sold {qty:>3} x {name}")
    except KeyError as e:
        print("no such item:", e)
    except ValueError as e:
        print("cannot sell:", e)
print("left:", list(inv))
for item in sorted(inv, key=lambda it: it.value, reverse=True):
    print(f"{item.name:<10} {item.qty:>4} @ {item.price_cents / 100:>7.2f} = {item.value / 100:>9.2f}")
print("total value:", f"{inv.total_value / 100:,.2f}")
