# Unpacking what is not a tuple or list: generators, dicts, sets, objects with __iter__, strs.

def gen(n):
    for i in range(n):
        yield i * i

a, b, c = gen(3)
print(a, b, c)
first, *rest = gen(5)
print(first, rest)
k1, k2 = {"x": 1, "y": 2}
print(k1, k2)
s1, = {42}
print(s1)
class Pair:
    def __init__(self, a, b):
        self.a = a
        self.b = b
    def __iter__(self):
        return iter([self.a, self.b])
p, q = Pair("l", "r")
print(p, q)
for u, v in [Pair(1, 2), Pair(3, 4)]:
    print(u + v)
try:
    x, y = gen(3)
except ValueError as e:
    print("ValueError:", e)
try:
    x, y, z, w = gen(3)
except ValueError as e:
    print("ValueError:", e)
h, *t = "hello"
print(h, t)
d = {"a": 1}
(key, val), = d.items()
print(key, val)
