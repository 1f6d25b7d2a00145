def f(x):
    return x * 3

def g():
    pass
