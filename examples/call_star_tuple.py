# f(*t) at calls: a tuple's elements become positional arguments (user functions, methods, classes, builtins).
def add3(a, b, c=10):
    return a + b + c


def show(*args, sep="-"):
    return sep.join(str(a) for a in args)


class P:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def move(self, dx, dy):
        return P(self.x + dx, self.y + dy)


pair = (1, 2)
triple = (1, 2, 3)
print(add3(*pair), add3(*triple), add3(5, *pair), add3(*pair, c=0), add3(*(7,), *(8,)))
print(show(*triple), show(0, *pair, 9, sep="+"), show(*("a", "b")))
p = P(*pair).move(*(10, 20))
print(p.x, p.y, divmod(*(17, 5)), max(*triple), list(range(*(1, 10, 3))))
print(*triple, sep=", ")
for i in range(*pair):
    print(i)
