def pair(a, b):
    return (a, b)

p = pair(1, "one")
q = pair("two", 2.0)
print(p, q)
