def ident(x):
    return x

a = ident(1)
b = ident("s")
c = ident(2.5)
print(a, b, c)
