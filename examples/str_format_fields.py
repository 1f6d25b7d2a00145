# str.format fields that read attributes and items of their arguments, nested spec fields,
# arguments evaluated once and in order.

class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y

class Seg:
    def __init__(self, a, b):
        self.a = a
        self.b = b

pts = [Point(1.0, 2.0), Point(3.5, -4.0)]
s = Seg(pts[0], pts[1])
print("{0.a.x}..{0.b.x} / {0.a.y:+.1f}".format(s))
print("{p.x:>8.2f}|{p.y:<8}|".format(p=pts[1]))

print("{r[name]!r} speaks {r[langs][0]} and {r[langs][1]}".format(r={"name": ["ada"], "langs": ["en", "fr"]}))
print("{0[0]}-{0[2]} {1[k]}".format([10, 20, 30], {"k": "v"}))
print("{}: {.x} {}".format("first", pts[0], "last"))
print("{0.x:{1}.{2}f}".format(pts[0], 10, 3))
print("{{literal}} {0.y}".format(pts[0]))
cnt = 0
def tick():
    global cnt
    cnt += 1
    return pts[cnt % 2]
print("{0.x} {1.x}".format(tick(), tick()), cnt)
