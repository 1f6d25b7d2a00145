# Inventory with classes, dicts of objects, sets of tags, comprehensions and sorting.
class Item:
    def __init__(self, name, price, qty, tags):
        self.name = name
        self.price = price
        self.qty = qty
        self.tags = set(tags)

    def value(self):
        return self.price * self.qty

    def __repr__(self):
        return "Item(%r, %.2f, %d)" % (self.name, self.price, self.qty)


items = [
    Item("apple", 0.5, 120, ["fruit", "red"]),
    Item("banana", 0.25, 80, ["fruit", "yellow"]),
    Item("carrot", 0.1, 300, ["vegetable", "orange"]),
    Item("lemon", 0.3, 0, ["fruit", "yellow", "sour"]),
]
by_name = {it.name: it for it in items}
print(by_name["carrot"], len(by_name))
all_tags = set()
for it in items:
    all_tags |= it.tags
print(sorted(all_tags))
print({t: sorted(it.name for it in items if t in it.tags) for t in sorted(all_tags)})
in_stock = [it for it in items if it.qty > 0]
print(sorted(in_stock, key=lambda it: it.value(), reverse=True))
print("total value: %.2f" % sum(it.value() for it in items))
yellow = {it.name for it in items if "yellow" in it.tags}
fruit = {it.name for it in items if "fruit" in it.tags}
print(sorted(yellow & fruit), sorted(fruit - yellow), sorted(yellow | fruit), sorted(yellow ^ fruit))
by_name["lemon"].qty += 25
print(by_name["lemon"], items[3].value())
del by_name["apple"]
print(list(by_name), "apple" in by_name)
counts = {}
for it in items:
    for t in it.tags:
        counts[t] = counts.get(t, 0) + 1
print(sorted(counts.items()))
print(max(counts, key=lambda t: (counts[t], t)))
