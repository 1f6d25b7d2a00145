# Unbounded recursion: CPython stops with RecursionError (exit status 1).
def f(n):
    x = f(n + 1)
    print(x)
    return x


print("start")
f(0)
