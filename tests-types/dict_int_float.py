d = {1: 0.5, 2: 1.5}
d[3] = 2.5
total = 0.0
for k, v in d.items():
    total += k * v
print(total)
