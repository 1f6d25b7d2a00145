names = ["x", "y"]
vals = [1.5, 2.5]
for i, (n, v) in enumerate(zip(names, vals)):
    print(i, n, v)
