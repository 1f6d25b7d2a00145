# Targets of one assignment are stored from the left: a subscript after a name reads the new value.

def f():
    xs = [5, 6, 7]
    i = 0
    print(xs[i])
    i, xs[i] = 2, 9
    print(i, xs)
    j = "a"
    print(j)
    j = 3
    j, k = j + 1, j * 2
    print(j, k)
    a = b = 4
    print(a, b)
f()
xs = [5, 6, 7]
i = 0
print(xs[i])
i, xs[i] = 2, 9
print(i, xs)
