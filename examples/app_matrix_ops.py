"""A small matrix class with operator overloading, determinants, inverse via Gauss-Jordan."""



class MatrixError(Exception):
    pass


class Matrix:
    def __init__(self, rows):
        if not rows or any(len(r) != len(rows[0]) for r in rows):
            raise MatrixError("rows must be non-empty and of equal length")
        self.rows = [list(r) for r in rows]
        self.n = len(rows)
        self.m = len(rows[0])

    @classmethod
    def identity(cls, n):
        return cls([[1.0 if i == j else 0.0 for j in range(n)] for i in range(n)])

    @classmethod
    def zeros(cls, n, m):
        return cls([[0.0] * m for _ in range(n)])

    def __getitem__(self, pos):
        i, j = pos
        return self.rows[i][j]

    def __setitem__(self, pos, value):
        i, j = pos
        self.rows[i][j] = value

    def __add__(self, other):
        self._same_shape(other)
        return Matrix([[a + b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __sub__(self, other):
        self._same_shape(other)
        return Matrix([[a - b for a, b in zip(r, s)] for r, s in zip(self.rows, other.rows)])

    def __mul__(self, k):
        return Matrix([[a * k for a in r] for r in self.rows])

    def __rmul__(self, k):
        return self * k

    def __matmul__(self, other):
        if self.m != other.n:
            raise MatrixError(f"cannot multiply {self.shape()} by {other.shape()}")
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __neg__(self):
        return self * -1

    def __eq__(self, other):
        return isinstance(other, Matrix) and self.rows == other.rows

    def __pow__(self, k):
        result = Matrix.identity(self.n)
        base = self
        while k > 0:
            if k & 1:
                result = result @ base
            base = base @ base
            k >>= 1
        return result

    def _same_shape(self, other):
        if self.shape() != other.shape():
            raise MatrixError(f"shape mismatch: {self.shape()} vs {other.shape()}")

    def shape(self):
        return (self.n, self.m)

    def transpose(self):
        return Matrix([list(c) for c in zip(*self.rows)])

    def determinant(self):
        if self.n != self.m:
            raise MatrixError("determinant of a non-square matrix")
        a = [r[:] for r in self.rows]
        det = 1.0
        for col in range(self.n):
            pivot = max(range(col, self.n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                return 0.0
            if pivot != col:
                a[col], a[pivot] = a[pivot], a[col]
                det = -det
            det *= a[col][col]
            for r in range(col + 1, self.n):
                f = a[r][col] / a[col][col]
                for c in range(col, self.n):
                    a[r][c] -= f * a[col][c]
        return det

    def inverse(self):
        n = self.n
        a = [r[:] + [1.0 if i == j else 0.0 for j in range(n)] for i, r in enumerate(self.rows)]
        for col in range(n):
            pivot = max(range(col, n), key=lambda r: abs(a[r][col]))
            if abs(a[pivot][col]) < 1e-12:
                raise MatrixError("matrix is singular")
            a[col], a[pivot] = a[pivot], a[col]
            p = a[col][col]
            a[col] = [x / p for x in a[col]]
            for r in range(n):
                if r != col:
                    f = a[r][col]
                    a[r] = [x - f * y for x, y in zip(a[r], a[col])]
        return Matrix([row[n:] for row in a])

    def rounded(self, digits=6):
        return Matrix([[round(x, digits) + 0.0 for x in r] for r in self.rows])

    def __repr__(self):
        return f"Matrix({self.rows})"

    def __str__(self):
        cells = [[f"{x:g}" for x in r] for r in self.rows]
        width = max(len(c) for r in cells for c in r)
        return "\n".join("[" + " ".join(c.rjust(width) for c in r) + "]" for r in cells)


a = Matrix([[2.0, 1.0], [1.0, 3.0]])
b = Matrix([[1.0, 2.0], [3.0, 4.0]])
print(a + b)
print(a - b)
print(a @ b)
print(2 * a)
print(-b)
print(repr(a.transpose()))
print("det a =", a.determinant(), "det b =", b.determinant())
print((a.inverse() @ a).rounded())
print(a.inverse().rounded(4))
fib = Matrix([[1.0, 1.0], [1.0, 0.0]]) ** 30
print("fib(30) =", int(fib[0, 1]))
m = Matrix.zeros(3, 3)
for i in range(3):
    for j in range(3):
        m[i, j] = float((i + 1) * (j + 2) % 5)
print(m)
print("det m =", round(m.determinant(), 9))
print(m == Matrix([row[:] for row in m.rows]), m == a)
def attempt(what, action, *args):
    try:
        action(*args)
    except MatrixError as e:
        print("MatrixError:", what, e)


attempt("add", Matrix.__add__, a, Matrix([[1.0, 2.0, 3.0]]))
attempt("matmul", Matrix.__matmul__, a, Matrix([[1.0, 2.0, 3.0]]))
attempt("inverse", Matrix.inverse, Matrix([[1.0, 2.0], [2.0, 4.0]]))
try:
    Matrix([[1.0], [1.0, 2.0]])
except MatrixError as e:
    print("MatrixError:", e)
h = Matrix([[1.0 / (i + j + 1) for j in range(4)] for i in range(4)])
print(f"hilbert det {h.determinant():.6e}")
print(sum(sum(r) for r in (h @ h.inverse()).rounded(6).rows))
