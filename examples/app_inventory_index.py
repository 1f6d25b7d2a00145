# An inventory: OrderedDict, defaultdict(set), bisect.insort on tuples, heapq.nsmallest of a dict's
# values, __slots__, a property, f(*categories) with none given.

from collections import OrderedDict, defaultdict
import heapq
import bisect


class Product:
    __slots__ = ("sku", "name", "price", "qty")

    def __init__(self, sku, name, price, qty=0):
        if price < 0:
            raise ValueError(f"negative price for {sku}")
        self.sku, self.name, self.price, self.qty = sku, name, price, qty

    @property
    def value(self):
        return self.price * self.qty

    def __lt__(self, other):
        return (self.price, self.sku) < (other.price, other.sku)

    def __repr__(self):
        return f"Product({self.sku!r}, {self.name!r}, {self.price}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = OrderedDict()
        self.by_category = defaultdict(set)
        self.price_index = []

    def add(self, product, *categories):
        if product.sku in self.items:
            raise KeyError(product.sku)
        self.items[product.sku] = product
        for c in categories:
            self.by_category[c].add(product.sku)
        bisect.insort(self.price_index, (product.price, product.sku))

    def restock(self, sku, n):
        try:
            self.items[sku].qty += n
        except KeyError:
            print(f"unknown sku {sku!r}")

    def cheapest(self, k):
        return heapq.nsmallest(k, self.items.values())

    def priciest(self, k):
        return [sku for _, sku in heapq.nlargest(k, self.price_index)]

    def in_range(self, lo, hi):
        i = bisect.bisect_left(self.price_index, (lo, ""))
        j = bisect.bisect_right(self.price_index, (hi, "\uffff"))
        return [sku for _, sku in self.price_index[i:j]]

    def total(self):
        return sum(p.value for p in self.items.values())


inv = Inventory()
for sku, name, price, cats in [("A1", "apple", 0.5, ["fruit", "food"]), ("B2", "bread", 2.25, ["food"]),
                               ("C3", "cable", 9.99, ["tech"]), ("D4", "drill", 89.0, ["tech", "tools"]),
                               ("E5", "eggs", 3.1, ["food"])]:
    inv.add(Product(sku, name, price), *cats)
try:
    inv.add(Product("A1", "again", 1.0))
except KeyError as e:
    print("duplicate", e)
try:
    Product("X", "bad", -1.0)
except ValueError as e:
    print(e)
inv.restock("A1", 100)
inv.restock("D4", 2)
inv.restock("ZZ", 1)
print(inv.cheapest(2))
print(inv.priciest(2), inv.in_range(2.0, 10.0))
print(sorted(inv.by_category["food"]), {k: len(v) for k, v in sorted(inv.by_category.items())})
print(f"total stock value: {inv.total():,.2f}")
inv.items.move_to_end("A1")
print(list(inv.items), inv.items.popitem(last=False)[0])
heap = []
for p in inv.items.values():
    heapq.heappush(heap, (-p.value, p.sku))
print([heapq.heappop(heap)[1] for _ in range(len(heap))])
