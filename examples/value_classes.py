# Small immutable classes (fields set only in __init__, never compared by identity) held by value.


class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)

    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)

    def __neg__(self):
        return Vec(-self.x, -self.y)

    def length2(self):
        return self.x * self.x + self.y * self.y

    def swapped(self):
        return Vec(self.y, self.x)


class Count:
    def __init__(self, n, ok):
        self.n = n
        self.ok = ok
        self.n2 = n * 2


class Body:
    def __init__(self, pos, mass):
        self.pos = pos
        self.mass = mass


class Shown:
    def __init__(self, v):
        self.v = v


def pair(a, b):
    return (a + b, a * 2.0)


def total(vs):
    t = Vec(0.0, 0.0)
    for v in vs:
        t = t + v
    return t


def pick(flag, a, b):
    return a if flag else b


vs = [Vec(1.0, 2.0), Vec(0.5, -1.5)]
vs.append(Vec(3.0, 4.0) * 0.5)
s, d = pair(vs[0], vs[1])
print(s.x, s.y, d.x, d.y)
t = total(vs)
print(t.x, t.y, t.length2(), (-t).swapped().x)
print(len(vs), vs[-1].x, pick(True, vs[0], vs[1]).y, pick(False, vs[0], vs[1]).y)
c = Count(3, True)
print(c.n, c.ok, c.n2)
b = Body(Vec(1.0, 1.0), 2.0)
b.pos = b.pos + Vec(0.25, 0.5)
print(b.pos.x, b.pos.y, b.mass)
pairs = [(Vec(1.0, 0.0), 1), (Vec(0.0, 1.0), 2)]
for v, k in pairs:
    print(v.x * k, v.y * k)
sh = Shown(7)
print(sh is sh, sh.v)


# classes that must stay objects: identity, mutation after __init__, isinstance, ==, None beside them
class P:
    def __init__(self, x):
        self.x = x


class Q:
    def __init__(self, x):
        self.x = x


class R:
    def __init__(self, x):
        self.x = x


class S:
    def __init__(self, x):
        self.x = x


class T:
    def __init__(self, x):
        self.x = x


a = P(1)
a2 = a
print(a is a2)
q = Q(2)
q2 = q
q.x = 5
print(q2.x)
r = R(3)
print(isinstance(r, R))
ss = [S(1), S(2)]
print(len([x for x in ss if x in ss]))
t = None
if a.x > 0:
    t = T(4)
print(t.x)


class U:
    def __init__(self, x):
        self.x = 0
        getters.append(lambda: self.x)
        self.x = x


getters = []
u = U(5)
print(getters[0](), u.x)
