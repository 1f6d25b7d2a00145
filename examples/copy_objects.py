import copy


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return "Point(" + str(self.x) + ", " + str(self.y) + ")"


class Tagged(Point):
    def __init__(self, x, y, tags):
        super().__init__(x, y)
        self.tags = tags

    def __repr__(self):
        return "Tagged(" + str(self.x) + ", " + str(self.y) + ", " + str(self.tags) + ")"


class Node:
    def __init__(self, value):
        self.value = value
        self.next = None
        self.children = []


p = Point(1, 2)
q = copy.copy(p)
q.x = 10
print(p, q, p is q, type(q).__name__)

t = Tagged(1, 2, ["a"])
t2 = copy.copy(t)
t3 = copy.deepcopy(t)
t2.tags.append("shallow")
t3.tags.append("deep")
print(t, t2, t3)
print(type(t3).__name__, isinstance(t3, Point))

pts = [Point(0, 0), Point(1, 1)]
pts.append(pts[0])
shallow = copy.copy(pts)
deep = copy.deepcopy(pts)
deep[0].x = 99
print(pts, shallow, deep)
print(deep[0] is deep[2], deep[0] is pts[0], shallow[0] is pts[0])

base = Point(5, 5)
shapes = {"a": base, "b": base}
d2 = copy.deepcopy(shapes)
d2["a"].y = -1
print(shapes, d2, d2["a"] is d2["b"])

a = Node(1)
b = Node(2)
a.next = b
b.next = a
a.children.append(b)
c = copy.deepcopy(a)
print(c.value, c.next.value, c.next.next is c, c.children[0] is c.next, c is a)
c.next.value = 20
print(b.value, c.next.value)

pair = (Point(1, 1), Point(2, 2))
pair2 = copy.deepcopy(pair)
pair2[0].x = 7
print(pair, pair2)
