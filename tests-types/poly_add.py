def add(a, b):
    return a + b

print(add(1, 2), add(1.5, 2.0), add("x", "y"), add([1], [2]))
