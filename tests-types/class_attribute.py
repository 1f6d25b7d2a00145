class Counter:
    total = 0

    def __init__(self, name):
        self.name = name
        Counter.total += 1

a = Counter("a")
b = Counter("b")
print(Counter.total, a.name)
