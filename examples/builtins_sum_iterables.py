# sum() over tuples, generators, ranges and dicts with a start value; key functions over a list of objects of several classes.
def gen(n):
    for i in range(n):
        yield i * 0.5
t = (3.0, 4.0, 5.5)
print(sum(t), sum((1, 2, 3)), sum((1, 2), 10), sum(gen(4)), sum(range(10)), sum({1.5: 0, 2.5: 1}))
print(sum(x for x in range(5)), sum([True, True, False]), sum(gen(3), 1.0))


class Shape:
    def __init__(self, name):
        self.name = name


class Sq(Shape):
    def __init__(self, side):
        super().__init__("sq")
        self.side = side

    def area(self):
        return self.side * self.side


class Circ(Shape):
    def __init__(self, r):
        super().__init__("circ")
        self.r = r

    def area(self):
        return 3.0 * self.r * self.r


shapes = [Sq(2.0), Circ(1.0), Sq(1.5)]
print([s.name for s in sorted(shapes, key=lambda s: s.area())], max(shapes, key=lambda s: s.area()).name)
print(sum(s.area() for s in shapes), min(shapes, key=lambda s: s.area()).name)
