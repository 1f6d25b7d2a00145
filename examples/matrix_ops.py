# Matrices as lists of lists: multiply, transpose, determinant, identity, pretty printing.
def identity(n):
    return [[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)]


def transpose(m):
    return [[m[i][j] for i in range(len(m))] for j in range(len(m[0]))]


def multiply(a, b):
    bt = transpose(b)
    return [[sum(x * y for x, y in zip(row, col)) for col in bt] for row in a]


def determinant(m):
    n = len(m)
    a = [row[:] for row in m]
    det = 1.0
    for c in range(n):
        pivot = max(range(c, n), key=lambda r: abs(a[r][c]))
        if abs(a[pivot][c]) < 1e-12:
            return 0.0
        if pivot != c:
            a[c], a[pivot] = a[pivot], a[c]
            det = -det
        det *= a[c][c]
        for r in range(c + 1, n):
            f = a[r][c] / a[c][c]
            for k in range(c, n):
                a[r][k] -= f * a[c][k]
    return det


def show(m):
    for row in m:
        print("[" + "  ".join("%8.3f" % x for x in row) + "]")


a = [[2.0, -1.0, 0.0], [-1.0, 2.0, -1.0], [0.0, -1.0, 2.0]]
b = [[1.0, 2.0, 3.0], [4.0, 5.0, 6.0], [7.0, 8.0, 10.0]]
show(multiply(a, b))
show(transpose(b))
print(determinant(a), determinant(b), determinant(identity(4)))
print(multiply(identity(3), a) == a)
p = identity(3)
for _ in range(5):
    p = multiply(p, a)
show(p)
print(round(determinant(p), 6))
