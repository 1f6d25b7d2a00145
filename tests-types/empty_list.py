xs = []
print(len(xs))
