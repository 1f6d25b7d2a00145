# A list must hold one element type.

values = [1, 2, "three", 4]  # error: holds both .*int.* and .*str
for v in values:
    print(v)
