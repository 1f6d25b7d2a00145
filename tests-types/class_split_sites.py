# Box holds an int at one allocation site and a str at another: each site gets its own class
# (Box@LINE); make() makes a Box per specialization (Box@LINE#N). Pair never conflicts: one class.


class Box:
    def __init__(self, value):
        self.value = value

    def get(self):
        return self.value


class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b


def make(x):
    return Box(x)


a = Box(1)
b = Box("one")
p = Pair(a.get(), b.get())
print(a.get() + 1, b.get().upper(), make(2.5).get(), make("x").get(), p.a, p.b)
