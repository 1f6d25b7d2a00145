import math
print("loading shapes")

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

def dist(a, b):
    return math.sqrt((a.x - b.x) ** 2 + (a.y - b.y) ** 2)

ORIGIN = Point(0.0, 0.0)
