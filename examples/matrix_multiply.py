# Matrix multiplication with lists of lists, identity matrices and matrix powers.

def zeros(rows, cols):
    m = []
    for r in range(rows):
        row = []
        for c in range(cols):
            row.append(0)
        m.append(row)
    return m


def identity(n):
    m = zeros(n, n)
    for i in range(n):
        m[i][i] = 1
    return m


def multiply(a, b):
    rows = len(a)
    inner = len(b)
    cols = len(b[0])
    out = zeros(rows, cols)
    for i in range(rows):
        for j in range(cols):
            total = 0
            for k in range(inner):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out


def power(m, n):
    result = identity(len(m))
    while n > 0:
        if n % 2 == 1:
            result = multiply(result, m)
        if n > 1:
            m = multiply(m, m)
        n = n // 2
    return result


def same(a, b):
    if len(a) != len(b):
        return False
    for i in range(len(a)):
        for j in range(len(a[i])):
            if a[i][j] != b[i][j]:
                return False
    return True


def show(m):
    for row in m:
        line = ""
        for x in row:
            line = line + " " * (6 - len(str(x))) + str(x)
        print(line)


a = [[1, 2, 3], [4, 5, 6]]
b = [[7, 8], [9, 10], [11, 12]]
print("A x B =")
show(multiply(a, b))
print("B x A =")
show(multiply(b, a))

fib = [[1, 1], [1, 0]]
print("Fibonacci matrix to the 10th power:")
show(power(fib, 10))
print("fib(80) via matrix power:", power(fib, 80)[0][1])

rot = [[0, -1], [1, 0]]
print("rotation to the 4th is identity:", same(power(rot, 4), identity(2)))
print("rotation squared is identity:", same(power(rot, 2), identity(2)))
