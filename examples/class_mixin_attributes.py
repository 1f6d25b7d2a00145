# Multiple inheritance where a later base has instance attributes: a mixin's __init__ and
# methods set attributes of instances of the classes that inherit it.


class Logged:
    def __init__(self):
        self.log = []

    def record(self, msg):
        self.log.append(msg)
        self.last = msg


class Base:
    def __init__(self, name):
        self.name = name

    def describe(self):
        return "Base " + self.name


class Account(Base, Logged):
    def __init__(self, name, balance):
        Base.__init__(self, name)
        Logged.__init__(self)
        self.balance = balance

    def deposit(self, n):
        self.balance += n
        self.record("deposit %d" % n)


class Savings(Account):
    def __init__(self, name, balance, rate):
        super().__init__(name, balance)
        self.rate = rate

    def add_interest(self):
        gain = self.balance * self.rate // 100
        self.deposit(gain)
        self.record("interest")


a = Account("bob", 10)
a.deposit(5)
a.deposit(7)
print(a.name, a.balance, a.log, a.last)
print(a.describe())
print(isinstance(a, Logged), isinstance(a, Base))
s = Savings("amy", 200, 5)
s.add_interest()
print(s.name, s.balance, s.log, s.last)
alone = Logged()
alone.record("alone")
print(alone.log, alone.last)


# cooperative __init__ through the instance's MRO, a diamond
class Root:
    def __init__(self):
        self.trace = ["Root"]

    def hello(self):
        return "root"


class Left(Root):
    def __init__(self):
        super().__init__()
        self.trace.append("Left")
        self.left = 1

    def hello(self):
        return "left>" + super().hello()


class Right(Root):
    def __init__(self):
        super().__init__()
        self.trace.append("Right")
        self.right = 2.5

    def hello(self):
        return "right>" + super().hello()


class Diamond(Left, Right):
    def __init__(self):
        super().__init__()
        self.trace.append("Diamond")

    def hello(self):
        return "diamond>" + super().hello()


d = Diamond()
print(d.trace, d.left, d.right)
print(d.hello())
r = Right()
print(r.trace, r.right, r.hello())
print(isinstance(d, Right), isinstance(d, Left), isinstance(r, Left))


# one mixin in several classes of a hierarchy, used through a base-class variable
class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        return 0.0


class Tagged:
    def tag(self, t):
        self.tags.append(t)
        return self


class Square(Shape, Tagged):
    def __init__(self, side):
        super().__init__("square")
        self.side = side
        self.tags = []

    def area(self):
        return float(self.side * self.side)


class Circle(Shape, Tagged):
    def __init__(self, r):
        Shape.__init__(self, "circle")
        self.r = r
        self.tags = ["round"]

    def area(self):
        return 3.0 * self.r * self.r


class Big(Square):
    pass


def paint(x, t):
    return x.tag(t)


shapes = [Square(2), Circle(1), Big(9)]
for i, sh in enumerate(shapes):
    paint(sh, "t%d" % i).tag("again")
    sh.tag("all")
for sh in shapes:
    print(sh.name, sh.area(), sh.tags, isinstance(sh, Tagged), isinstance(sh, Square))
