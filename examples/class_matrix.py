# A Matrix class: __getitem__/__setitem__ with (row, col) tuple keys, __mul__, __add__, __eq__, __str__, identity classmethod.


class Matrix:
    def __init__(self, rows, cols):
        self.rows = rows
        self.cols = cols
        self.data = [0] * (rows * cols)

    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = 1
        return m

    @classmethod
    def from_rows(cls, rows):
        m = cls(len(rows), len(rows[0]))
        for i, row in enumerate(rows):
            for j, v in enumerate(row):
                m[i, j] = v
        return m

    def __getitem__(self, pos):
        i, j = pos
        return self.data[i * self.cols + j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.data[i * self.cols + j] = value

    def __add__(self, other):
        result = Matrix(self.rows, self.cols)
        result.data = [a + b for a, b in zip(self.data, other.data)]
        return result

    def __mul__(self, other):
        result = Matrix(self.rows, other.cols)
        for i in range(self.rows):
            for j in range(other.cols):
                result[i, j] = sum(self[i, k] * other[k, j] for k in range(self.cols))
        return result

    def __eq__(self, other):
        return (self.rows, self.cols) == (other.rows, other.cols) and self.data == other.data

    def transpose(self):
        t = Matrix(self.cols, self.rows)
        for i in range(self.rows):
            for j in range(self.cols):
                t[j, i] = self[i, j]
        return t

    def __str__(self):
        width = max(len(str(v)) for v in self.data)
        lines = []
        for i in range(self.rows):
            lines.append("[" + " ".join(str(self[i, j]).rjust(width) for j in range(self.cols)) + "]")
        return "\n".join(lines)


a = Matrix.from_rows([[1, 2, 3], [4, 5, 6]])
b = Matrix.from_rows([[7, 8], [9, 10], [11, 12]])
print(a)
print("a * b =")
print(a * b)
print("b * a =")
print(b * a)
print("a^T + b =")
print(a.transpose() + b)
i3 = Matrix.identity(3)
print("a * I == a:", a * i3 == a, " a == a^T:", a == a.transpose())
fib = Matrix.from_rows([[1, 1], [1, 0]])
p = Matrix.identity(2)
for n in range(1, 31):
    p = p * fib
    if n % 10 == 0:
        print("fib", n, "=", p[0, 1])
