# isinstance and issubclass with classes held by a loop variable or a module variable.


class Shape:
    def area(self):
        return 0.0


class Circle(Shape):
    def __init__(self, r=1.0):
        self.r = r

    def area(self):
        return 3.14159 * self.r * self.r


class Square(Shape):
    def __init__(self, side=1.0):
        self.side = side

    def area(self):
        return self.side * self.side


class Unit(Square):
    pass


ROUND = (Circle,)
ANGULAR = (Square, Unit)
NUMBERS = (int, float)

shapes = [Circle(2.0), Square(3.0), Unit(), Circle(0.5), Shape()]
for s in shapes:
    found = "none"
    for cls in (Unit, Square, Circle):
        if isinstance(s, cls):
            found = cls.__name__
            break
    print(type(s).__name__, "->", found)

for cls in (Circle, Square, Unit, Shape):
    count = 0
    total = 0.0
    for s in shapes:
        if not isinstance(s, cls):
            continue
        count += 1
        total += s.area()
    print(f"{cls.__name__:7} {count} {total:.3f} {issubclass(cls, Square)} {issubclass(cls, Shape)}")

for cls in (Circle, Square):
    fresh = cls()
    print(cls.__name__, "default area", round(fresh.area(), 3))

print(sum(1 for s in shapes if isinstance(s, ROUND)), sum(1 for s in shapes if isinstance(s, ANGULAR)))
print([isinstance(v, NUMBERS) for v in [1, 2, 3]], isinstance(2.5, NUMBERS), isinstance("x", NUMBERS))
