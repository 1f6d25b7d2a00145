index = {}
for i, w in enumerate(["x", "y", "x"]):
    index.setdefault(w, []).append(i)
print(index)
