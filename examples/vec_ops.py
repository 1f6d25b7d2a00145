# Operator overloading: a 2-D vector with arithmetic, comparison, hashing and use as dict keys.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def __eq__(self, o):
        return self.x == o.x and self.y == o.y

    def __hash__(self):
        return hash((self.x, self.y))

    def __lt__(self, o):
        return (self.x, self.y) < (o.x, o.y)

    def __abs__(self):
        return (self.x * self.x + self.y * self.y) ** 0.5

    def __repr__(self):
        return f"Vec({self.x}, {self.y})"


a = Vec(3, 4)
b = Vec(1, -2)
print(a + b, a - b, a * 3, -b, abs(a))
print(a == Vec(3, 4), a != b, a < b, sorted([a, b, Vec(0, 0), Vec(1, -3)]))
seen = {a: "a", b: "b"}
print(seen[Vec(3, 4)], Vec(1, -2) in seen, Vec(9, 9) in seen)
visited = set()
p = Vec(0, 0)
moves = [Vec(1, 0), Vec(0, 1), Vec(-1, 0), Vec(0, -1)]
for i in range(20):
    p = p + moves[i * 7 % 4]
    visited.add(p)
print(len(visited), sorted(visited)[:4])
total = Vec(0, 0)
for v in [a, b, a]:
    total += v
print(total)
