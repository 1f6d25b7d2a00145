# Attributes that may be None (or of several classes), tested and then used.


class Task:
    def __init__(self, name, due=None, estimate=None):
        self.name = name
        self.due = due
        self.estimate = estimate
        self.done_at = None

    def days_late(self, today):
        if self.due is not None and self.due < today:
            return today - self.due
        return 0

    def finish(self, day):
        self.done_at = day

    def report(self):
        if self.done_at is None:
            return f"{self.name}: open"
        return f"{self.name}: done on day {abs(self.done_at)}"

    def hours(self):
        if self.estimate is None:
            return 0.0
        return round(self.estimate * 1.5, 2)


class Node:
    def __init__(self, key):
        self.key = key
        self.left = None
        self.right = None
        self.count = None

    def insert(self, key):
        if key < self.key:
            if self.left is not None:
                self.left.insert(key)
            else:
                self.left = Node(key)
        elif key > self.key:
            if self.right is None:
                self.right = Node(key)
            else:
                self.right.insert(key)
        else:
            if self.count is None:
                self.count = 1
            self.count = (self.count or 0) + 1

    def walk(self, out):
        if self.left:
            self.left.walk(out)
        c = self.count
        out.append(f"{self.key}x{c if c is not None else 1}")
        if self.right is not None:
            self.right.walk(out)
        return out


class Shape:
    def __init__(self, name):
        self.name = name


class Circle(Shape):
    def __init__(self, r):
        super().__init__("circle")
        self.r = r


class Rect(Shape):
    def __init__(self, w, h):
        super().__init__("rect")
        self.w = w
        self.h = h


class Tile:
    def __init__(self, shape, weight=None):
        self.shape = shape
        self.weight = weight

    def area(self):
        if isinstance(self.shape, Circle):
            return round(3.14159 * self.shape.r ** 2, 3)
        if isinstance(self.shape, Rect):
            return float(self.shape.w * self.shape.h)
        return 0.0


class Link:
    def __init__(self, value, nxt=None):
        self.value = value
        self.next = nxt


def last_value(head):
    cur = head
    while cur.next is not None:
        cur = cur.next
    return cur.value


tasks = [Task("write", 3, 2.0), Task("test", None, 4.5), Task("ship", 10), Task("fix", 1)]
for t in tasks:
    print(t.name, t.days_late(5), t.hours())
    if t.due is not None:
        print("  due", t.due, "in", abs(t.due - 5), "days; week", divmod(t.due, 7)[0], range(t.due)[-1])
tasks[0].finish(4)
tasks[3].finish(-2)
for t in tasks:
    print(t.report())
late = [t.name for t in tasks if t.due is not None and t.due < 5]
print(late)
total = 0
for t in tasks:
    if t.estimate:
        total += int(t.estimate)
print("estimated", total)

root = Node(50)
for k in [30, 70, 20, 40, 60, 80, 30, 30, 70]:
    root.insert(k)
print(" ".join(root.walk([])))
if root.left is not None and root.left.count is not None:
    print("left repeats", max(root.left.count, 0))

for tile in [Tile(Circle(2.0), 3), Tile(Rect(3, 4)), Tile(Circle(1.0))]:
    w = tile.weight
    print(tile.shape.name, tile.area(), "weighted" if w is not None else "plain",
          str(abs(tile.weight)) if tile.weight is not None else "-")

chain = Link(1, Link(2, Link(3)))
print(last_value(chain), last_value(Link(9)))
