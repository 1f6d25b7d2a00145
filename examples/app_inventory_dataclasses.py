from dataclasses import dataclass, field
from collections import defaultdict, Counter


@dataclass
class Item:
    sku: str
    name: str
    price: float
    quantity: int = 0
    tags: list = field(default_factory=list)

    @property
    def value(self):
        return self.price * self.quantity


@dataclass(order=True)
class Restock:
    priority: int
    sku: str
    amount: int


class OutOfStock(Exception):
    pass


class Inventory:
    def __init__(self):
        self.items = {}
        self.sales = Counter()
        self.by_tag = defaultdict(list)

    def add(self, item):
        if item.sku in self.items:
            raise KeyError(f"duplicate sku {item.sku}")
        self.items[item.sku] = item
        for t in item.tags:
            self.by_tag[t].append(item.sku)

    def sell(self, sku, n=1):
        item = self.items[sku]
        if item.quantity < n:
            raise OutOfStock(f"{item.name}: wanted {n}, have {item.quantity}")
        item.quantity -= n
        self.sales[sku] += n
        return item.price * n

    def low_stock(self, threshold=5):
        return sorted(
            (Restock(threshold - it.quantity, it.sku, threshold * 2 - it.quantity)
             for it in self.items.values() if it.quantity < threshold),
            reverse=True,
        )

    def total_value(self):
        return sum(it.value for it in self.items.values())

    def table(self):
        header = f"{'SKU':<6}|{'Name':^16}|{'Price':>8}|{'Qty':>5}|{'Value':>10}"
        lines = [header, "-" * len(header)]
        for it in sorted(self.items.values(), key=lambda i: (-i.value, i.sku)):
            lines.append(f"{it.sku:<6}|{it.name:^16}|{it.price:>8.2f}|{it.quantity:>5d}|{it.value:>10,.2f}")
        return "\n".join(lines)


def load(inv):
    raw = """\
A100,Widget,2.50,40,tools;small
A101,Gadget,12.99,3,tools
B200,Sprocket,0.75,120,small;parts
B201,Gear,4.10,8,parts
C300,Flux capacitor,1999.00,1,exotic
C301,Thingamajig,7.00,0,
"""
    for line in raw.splitlines():
        sku, name, price, qty, tags = line.split(",")
        inv.add(Item(sku, name, float(price), int(qty), [t for t in tags.split(";") if t]))


def main():
    inv = Inventory()
    load(inv)
    print(inv.items["A100"])
    print(inv.table())
    print()
    revenue = 0.0
    orders = [("A100", 5), ("A101", 3), ("A101", 1), ("B200", 100), ("C301", 1), ("B201", 2), ("Z999", 1)]
    for sku, n in orders:
        try:
            got = inv.sell(sku, n)
            revenue += got
            print(f"sold {n:3} x {sku}: {got:8.2f}")
        except OutOfStock as e:
            print("out of stock:", e)
        except KeyError as e:
            print("unknown sku", e)
    print(f"revenue: {revenue:,.2f}")
    print("best sellers:", inv.sales.most_common(2))
    print("tags:", dict(inv.by_tag))
    for r in inv.low_stock():
        print("restock", r)
    print(Restock(1, "x", 2) < Restock(1, "y", 0))
    print(f"total value {inv.total_value():.3f}")
    dup = Item("A100", "Dup", 1.0)
    try:
        inv.add(dup)
    except KeyError as e:
        print("error:", e)
    print(dup == Item("A100", "Dup", 1.0, 0, []))
    counts = Counter(t for it in inv.items.values() for t in it.tags)
    for tag, n in sorted(counts.items()):
        print(f"  {tag:.<12}{n:.>3}")


main()
