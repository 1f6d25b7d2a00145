"""A sparse matrix stored as a dict of dicts, indexed with tuples; used to solve a small system."""


class SparseMatrix:
    def __init__(self, rows, cols):
        if rows <= 0 or cols <= 0:
            raise ValueError("matrix dimensions must be positive")
        self.rows = rows
        self.cols = cols
        self.data = {}

    @classmethod
    def from_dense(cls, dense):
        m = cls(len(dense), len(dense[0]))
        for i, row in enumerate(dense):
            for j, v in enumerate(row):
                if v:
                    m[i, j] = float(v)
        return m

    @classmethod
    def identity(cls, n):
        m = cls(n, n)
        for i in range(n):
            m[i, i] = float(1)
        return m

    def _check(self, i, j):
        if not (0 <= i < self.rows and 0 <= j < self.cols):
            raise IndexError(f"index ({i}, {j}) out of range for {self.rows}x{self.cols}")

    def __getitem__(self, key):
        i, j = key
        self._check(i, j)
        return self.data.get(i, {}).get(j, float(0))

    def __setitem__(self, key, value):
        i, j = key
        self._check(i, j)
        if value == 0:
            row = self.data.get(i)
            if row is not None and j in row:
                del row[j]
                if not row:
                    del self.data[i]
        else:
            self.data.setdefault(i, {})[j] = float(value)

    def __contains__(self, key):
        i, j = key
        return j in self.data.get(i, {})

    def __len__(self):
        return sum(len(r) for r in self.data.values())

    def __iter__(self):
        for i in sorted(self.data):
            for j in sorted(self.data[i]):
                yield (i, j), self.data[i][j]

    def __add__(self, other):
        self._same_shape(other)
        out = SparseMatrix(self.rows, self.cols)
        for (i, j), v in self:
            out[i, j] = v
        for (i, j), v in other:
            out[i, j] = out[i, j] + v
        return out

    def __mul__(self, other):
        if isinstance(other, SparseMatrix):
            if self.cols != other.rows:
                raise ValueError(f"cannot multiply {self.shape} by {other.shape}")
            out = SparseMatrix(self.rows, other.cols)
            for i, row in self.data.items():
                for k, a in row.items():
                    for j, b in other.data.get(k, {}).items():
                        out[i, j] = out[i, j] + a * b
            return out
        out = SparseMatrix(self.rows, self.cols)
        for (i, j), v in self:
            out[i, j] = v * other
        return out

    def __eq__(self, other):
        return self.shape == other.shape and list(self) == list(other)

    @property
    def shape(self):
        return (self.rows, self.cols)

    def _same_shape(self, other):
        if self.shape != other.shape:
            raise ValueError(f"shape mismatch: {self.shape} vs {other.shape}")

    def transpose(self):
        t = SparseMatrix(self.cols, self.rows)
        for (i, j), v in self:
            t[j, i] = v
        return t

    def density(self):
        return len(self) / (self.rows * self.cols)

    def __str__(self):
        cells = [[str(self[i, j]) for j in range(self.cols)] for i in range(self.rows)]
        width = max(len(c) for row in cells for c in row)
        return "\n".join("[ " + " ".join(c.rjust(width) for c in row) + " ]" for row in cells)


def solve(a, b):
    """Gauss-Jordan elimination with exact fractions; returns the solution vector."""
    n = a.rows
    m = SparseMatrix(n, n + 1)
    for (i, j), v in a:
        m[i, j] = v
    for i, v in enumerate(b):
        m[i, n] = float(v)
    for col in range(n):
        pivot = next((r for r in range(col, n) if m[r, col] != 0), None)
        if pivot is None:
            raise ZeroDivisionError(f"matrix is singular (column {col})")
        if pivot != col:
            for j in range(n + 1):
                m[col, j], m[pivot, j] = m[pivot, j], m[col, j]
        p = m[col, col]
        for j in range(n + 1):
            m[col, j] = m[col, j] / p
        for r in range(n):
            if r != col and m[r, col] != 0:
                factor = m[r, col]
                for j in range(n + 1):
                    m[r, j] = m[r, j] - factor * m[col, j]
    return [m[i, n] for i in range(n)]


def main():
    a = SparseMatrix.from_dense([
        [4, 0, 0, 1],
        [0, 3, 0, 0],
        [1, 0, 2, 0],
        [0, 0, 1, 5],
    ])
    print(a)
    print("nonzeros:", len(a), f"density={a.density():.2%}", "shape:", a.shape)
    print((0, 3) in a, (1, 2) in a)
    print("entries:", [(k, str(v)) for k, v in a][:4])
    at = a.transpose()
    print("symmetric?", a == at)
    s = a + at
    print("a + a^T:")
    print(s)
    print("a * I == a?", a * SparseMatrix.identity(4) == a)
    half = a * 0.5
    print("a / 2:")
    print(half)
    x = solve(a, [5, 6, 7, 8])
    print("solution:", ", ".join(str(v) for v in x))
    check = [sum((a[i, j] * x[j] for j in range(4)), float(0)) for i in range(4)]
    print("check:", [str(v) for v in check])
    a[1, 1] = 0
    print("after zeroing (1,1):", len(a), "nonzeros;", 1 in a.data)
    try:
        solve(a, [1, 2, 3, 4])
    except ZeroDivisionError as e:
        print("error:", e)
    try:
        a[4, 0] = 1
    except IndexError as e:
        print("error:", e)
    try:
        a * SparseMatrix(3, 3)
    except ValueError as e:
        print("error:", e)
    try:
        SparseMatrix(0, 2)
    except ValueError as e:
        print("error:", e)


main()
