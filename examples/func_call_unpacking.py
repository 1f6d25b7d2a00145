# f(*xs, **d) with lengths and keys known only at run time: parameters filled from a list or dict, and CPython's TypeErrors.

def clamp(x, lo=0, hi=100):
    return max(lo, min(x, hi))

def describe(title, *tags, sep=", ", **fields):
    parts = [title]
    if tags:
        parts.append("[" + sep.join(tags) + "]")
    for key, value in fields.items():
        parts.append(f"{key}={value}")
    return " ".join(parts)

def need(a, *, k):
    return a + k

args = (3, 7)
kw = {"hi": 5}
print(clamp(*args[:1], **kw), clamp(*args), clamp(50, **{"lo": 60}), clamp(**{"x": 500}))
opts = {"author": "lee", "genre": "sci-fi"}
print(describe("book", *["fiction"], **opts), describe("x", **{"sep": "/"}))
for bad in ({"x": 1, "q": 2}, {"lo": 1}, {"k": 1, "x": 5}):
    try:
        print(clamp(5, **bad) if "x" in bad else clamp(**bad))
    except TypeError as e:
        print(e)
try:
    print(need(1, **{}))
except TypeError as e:
    print(e)
print(need(1, **{"k": 2}))

def pair(a, b):
    return a * 10 + b
for bad in ([1], [1, 2, 3], []):
    try:
        print(pair(*bad))
    except TypeError as e:
        print(e)
class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y
    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)
p = P(*[1, 2]).move(**{"dy": 4, "dx": 3})
print(p.x, p.y)
try:
    p.move(*[1, 2, 3])
except TypeError as e:
    print(e)
