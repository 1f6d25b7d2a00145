pairs = []
for i, w in enumerate(["x", "y"]):
    pairs.append((w, i))
print(pairs)
