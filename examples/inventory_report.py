# An inventory with classes, dicts, lambdas as sort keys, f-strings and math.sqrt.
from math import sqrt

class Item:
    def __init__(self, name, price, qty=0):
        self.name = name
        self.price = price
        self.qty = qty

    def total(self):
        return self.price * self.qty

    def __repr__(self):
        return f"Item({self.name!r}, {self.price:.2f}, {self.qty})"


class Inventory:
    def __init__(self):
        self.items = {}

    def add(self, item):
        if item.name in self.items:
            self.items[item.name].qty += item.qty
        else:
            self.items[item.name] = item

    def value(self):
        return sum([it.total() for it in self.items.values()])

    def cheapest(self, n):
        return sorted(self.items.values(), key=lambda it: it.price)[:n]


inv = Inventory()
for name, price, qty in [("apple", 0.5, 10), ("pear", 0.75, 4), ("melon", 3.0, 1), ("apple", 0.5, 5)]:
    inv.add(Item(name, price, qty))
print(inv.value())
print(inv.cheapest(2))
stats = {}
for it in inv.items.values():
    stats[it.name[0]] = stats.get(it.name[0], 0) + it.qty
print(sorted(stats.items()))
prices = [it.price for it in inv.items.values()]
mean = sum(prices) / len(prices)
var = sum([(p - mean) ** 2 for p in prices]) / len(prices)
print(f"mean={mean:.3f} sd={sqrt(var):.3f}")
words = "the cat sat on the mat the end".split()
freq = {}
for w in words:
    freq[w] = freq.get(w, 0) + 1
top = sorted(freq.items(), key=lambda kv: (-kv[1], kv[0]))
for word, count in top[:3]:
    print(word.ljust(5), "#" * count)
