class Shape:
    def area(self):
        return 0.0

class Square(Shape):
    def __init__(self, s):
        self.s = s

    def area(self):
        return self.s * self.s

class Circle(Shape):
    def __init__(self, r):
        self.r = r

    def area(self):
        return 3.14 * self.r * self.r

shapes = [Square(2.0), Circle(1.0)]
total = 0.0
for s in shapes:
    total += s.area()
print(total)
