a = []
b = []
a.append(1)
b.append("s")
print(a, b)
