squares = {n: n * n for n in range(4)}
names = {str(k): v for k, v in squares.items()}
print(squares, names)
