def make():
    return []

ints = make()
ints.append(1)
print(ints)
