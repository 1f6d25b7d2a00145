class Inventory:
    def __init__(self):
        self.items = {}
        self.log = []

    def add(self, name, n):
        self.items[name] = self.items.get(name, 0) + n
        self.log.append((name, n))

inv = Inventory()
inv.add("apple", 3)
print(inv.items, inv.log)
