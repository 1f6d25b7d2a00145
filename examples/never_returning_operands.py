# A call that always raises, used inside a larger expression, still runs and raises: the
# operands before it run first, and the rest of the expression never does.


def fail(msg):
    raise ValueError(msg)


def attempt(label, f):
    try:
        f()
    except ValueError as e:
        print(label, "caught", e)


def noisy(x):
    print("  evaluated", x)
    return x


attempt("binop", lambda: fail("a") + 1)
attempt("binop-right", lambda: noisy(1) + fail("b"))
attempt("compare", lambda: fail("c") < 3)
attempt("unary", lambda: -fail("d"))
attempt("call-arg", lambda: print(noisy("first"), fail("e")))
attempt("list", lambda: [noisy(1), fail("f"), noisy(3)])
attempt("tuple", lambda: (1, fail("g")))
attempt("fstring", lambda: f"x{noisy(2)}{fail('h')}")
attempt("boolop", lambda: True and fail("i"))
attempt("subscript", lambda: [1, 2][fail("j")])
attempt("ifexp", lambda: fail("k") if noisy(True) else 3)
attempt("str-method", lambda: "a,b".split(fail("l")))
attempt("dict", lambda: {"a": fail("m")})
attempt("len", lambda: len(fail("n")))
attempt("keyword", lambda: sorted([3, 1], key=fail("o")))


class Shape:
    def __init__(self, name):
        self.name = name

    def area(self):
        raise NotImplementedError(f"{type(self).__name__}.area")

    def describe(self):
        return self.name + ": " + str(self.area() * 2)

    def bigger(self, other):
        return self.area() > other.area()


class Square(Shape):
    def __init__(self, side):
        super().__init__("square")
        self.side = side

    def area(self):
        return self.side * self.side


print(Square(3).describe())
for shape in [Square(2), Shape("blob")]:
    try:
        print(shape.describe())
    except NotImplementedError as e:
        print("not implemented:", e)
try:
    print(Shape("blob").bigger(Square(1)))
except NotImplementedError as e:
    print("not implemented:", e)
