# getattr with an attribute name known only at run time (a constant name is fine: it is o.x).


class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


p = Point(1, 2)
print(getattr(p, "x"))
for name in ["x", "y"]:
    print(getattr(p, name))  # error: 'getattr' with an attribute name that is not a constant string
