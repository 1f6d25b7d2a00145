rec = ("ann", 31, 1.75)
name, age, height = rec
print(name, age, height)
