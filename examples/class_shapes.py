# Shapes with area() and perimeter(): virtual calls through a base-class list, super().__init__, isinstance.


class Shape:
    count = 0

    def __init__(self, name):
        self.name = name
        Shape.count += 1

    def area(self):
        return 0.0

    def perimeter(self):
        return 0.0

    def describe(self):
        return f"{self.name}: area {self.area():.2f}, perimeter {self.perimeter():.2f}"


class Rectangle(Shape):
    def __init__(self, w, h):
        super().__init__("rectangle")
        self.w = w
        self.h = h

    def area(self):
        return self.w * self.h

    def perimeter(self):
        return 2 * (self.w + self.h)


class Square(Rectangle):
    def __init__(self, side):
        super().__init__(side, side)
        self.name = "square"


class Circle(Shape):
    PI = 3.141592653589793

    def __init__(self, r):
        super().__init__("circle")
        self.r = r

    def area(self):
        return Circle.PI * self.r ** 2

    def perimeter(self):
        return 2 * Circle.PI * self.r


class Triangle(Shape):
    def __init__(self, a, b, c):
        super().__init__("triangle")
        self.sides = (a, b, c)

    def perimeter(self):
        return sum(self.sides)

    def area(self):
        s = self.perimeter() / 2
        a, b, c = self.sides
        return (s * (s - a) * (s - b) * (s - c)) ** 0.5


shapes = [Rectangle(3.0, 4.0), Circle(1.5), Square(2.5), Triangle(3.0, 4.0, 5.0), Circle(0.5)]
for s in shapes:
    print(s.describe())
print("shapes made:", Shape.count)
print("total area: %.3f" % sum(s.area() for s in shapes))
biggest = max(shapes, key=lambda s: s.area())
print("biggest:", biggest.name)
print("rectangles (squares included):", [s.name for s in shapes if isinstance(s, Rectangle)])
print("circles:", sum(1 for s in shapes if isinstance(s, Circle)))
print("is a square a Shape?", isinstance(shapes[2], Shape), "a Circle?", isinstance(shapes[2], Circle))
for s in sorted(shapes, key=lambda s: s.perimeter()):
    print(f"  {s.name:<10}{s.perimeter():8.3f}")
