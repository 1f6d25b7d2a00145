# A list of factories returning objects of different subclasses: the function object returns
# their common base.
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError


class Circle(Shape):
    def __init__(self, name, r):
        super().__init__(name)
        if r <= 0:
            raise ValueError(f"{name}: radius must be positive")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


class Square(Shape):
    def __init__(self, name, s):
        super().__init__(name)
        if s <= 0:
            raise ValueError(f"{name}: side must be positive")
        self.s = s

    def area(self):
        return self.s * self.s


for bad in [lambda: Circle("void", 0.0), lambda: Square("dot", -1.0)]:
    try:
        bad()
    except ValueError as e:
        print("rejected:", e)

makers = {"circle": lambda: Circle("c", 1.5), "square": lambda: Square("s", 2.0)}
for kind, make in makers.items():
    shape = make()
    print(kind, shape.name, shape.area(), type(shape).__name__)


def pick(big):
    return Square("big", 10.0) if big else Circle("small", 0.5)


chosen = [pick, lambda big: Circle("lambda", 2.0)]
print([f(True).area() for f in chosen], [f(False).name for f in chosen])
