# Reading a field only some classes of a variable have: AttributeError at run time for the others.
class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.radius = r


shapes = [Shape("blob"), Circle(2)]
print(shapes[1].radius, [s.name for s in shapes])
try:
    print(shapes[0].radius)
except AttributeError as e:
    print("AttributeError:", e)
