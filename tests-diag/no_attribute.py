# Reading an attribute that the class never assigns.


class Point:
    def __init__(self, x):
        self.x = x


p = Point(1)
print(p.y)  # error: 'Point' object has no attribute 'y'
