# Each function object a nested def makes has its own defaults; Krait keeps one copy per def, so a
# default computed at run time (not a literal) is refused instead of being shared by all of them.


def make(n):
    def add(x, k=n):  # error: a default value of a nested function that is not a literal is not supported yet
        return x + k
    return add


print(make(1)(0), make(2)(0))
