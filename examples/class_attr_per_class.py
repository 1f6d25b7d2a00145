# A class attribute that subclasses override, read through a variable holding objects of several
# classes; a class named A; an abstract method that only raises, called through dispatch; and one
# function called with lists of a subclass and of the whole hierarchy.


class A:
    kind = "a"

    def run(self, x):
        raise NotImplementedError(type(self).__name__)


class B(A):
    kind = "b"

    def run(self, x):
        return x * 2


class C(B):
    pass


class D(A):
    kind = "d"

    def run(self, x):
        return x + 100


def kinds(objs):
    return [o.kind for o in objs]


def run_all(objs):
    out = []
    for o in objs:
        try:
            out.append(o.run(3))
        except NotImplementedError as e:
            out.append(-1)
            print("abstract:", repr(e))
    return out


xs = [A(), B(), C(), D()]
counts = {}
for x in xs:
    counts[x.kind] = counts.get(x.kind, 0) + 1
print(counts)
print(kinds(xs), kinds([B(), C()]))
print(run_all([B(), C()]))
print(run_all(xs))
try:
    A().run(0)
except NotImplementedError as e:
    print("direct:", e)
