print("hello", 42, 2.5, True, None, ['a', None], (1, 'b'), 1e16, 0.1 + 0.2)
print(1, 2, 3, sep=", ", end="!\n")
print()
print("é€😀", [1.0, -0.0], end="")
print(" tail")
for i in range(3):
    print(i, i * 0.5, sep="|")
