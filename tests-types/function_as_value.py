def double(x):
    return 2 * x

def apply(f, v):
    return f(v)

print(apply(double, 4), apply(double, 1.5))
