class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def scaled(self, k):
        return Vec(self.x * k, self.y * k)

v = Vec(1.0, 2.0).scaled(3.0)
print(v.x, v.y)
