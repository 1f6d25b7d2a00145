# Values that may be None: Optional returns, `is None` checks, defaults of None, `or` fallbacks and dict.get.


def find_index(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def parse_int(text):
    text = text.strip()
    if text.lstrip("-").isdigit():
        return int(text)
    return None


class Person:
    def __init__(self, name, manager=None):
        self.name = name
        self.manager = manager

    def chain(self):
        names = [self.name]
        boss = self.manager
        while boss is not None:
            names.append(boss.name)
            boss = boss.manager
        return " -> ".join(names)


def greet(name=None, greeting=None):
    return (greeting or "Hello") + ", " + (name if name is not None else "stranger")


colors = ["red", "green", "blue"]
for c in ["green", "purple"]:
    idx = find_index(colors, c)
    if idx is None:
        print(c, "not found")
    else:
        print(c, "at", idx)
values = [parse_int(t) for t in ["12", " -7 ", "x9", "", "300"]]
print(values, [v for v in values if v is not None], sum(v for v in values if v is not None))
ceo = Person("Ada")
cto = Person("Brian", ceo)
dev = Person("Cleo", cto)
for p in (dev, cto, ceo):
    print(p.chain(), "| manager:", p.manager.name if p.manager else None)
print(greet(), greet("Dee"), greet(greeting="Hi"), greet("Eve", "Welcome"))
ages = {"ann": 31}
print(ages.get("ann"), ages.get("bob"), ages.get("bob") is None, ages.get("bob", 0) + 1)
best = None
for n in [4, -2, 9, 3]:
    if best is None or n > best:
        best = n
print("best:", best)
