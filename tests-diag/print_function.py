# CPython prints a function as <function f at 0x...>, an address a compiled program cannot reproduce.


def f(x):
    return x


print(f)  # error: printing a function is not supported
