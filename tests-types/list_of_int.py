xs = []
for i in range(5):
    xs.append(i * i)
print(xs)
