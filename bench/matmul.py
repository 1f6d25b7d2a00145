# Dense matrix multiplication with lists of lists of floats (i-k-j loop order), then a trace and a checksum.


def make_matrix(n, seed):
    m = []
    state = seed
    for i in range(n):
        row = []
        for j in range(n):
            state = (state * 1103515245 + 12345) % 2147483648
            row.append((state >> 16) / 32768.0 - 1.0)
        m.append(row)
    return m


def matmul(a, b):
    n = len(a)
    p = len(b[0])
    c = [[0.0] * p for _ in range(n)]
    for i in range(n):
        ci = c[i]
        ai = a[i]
        for k in range(len(b)):
            aik = ai[k]
            bk = b[k]
            for j in range(p):
                ci[j] += aik * bk[j]
    return c


def transpose(m):
    return [list(col) for col in zip(*m)]


n = 200
a = make_matrix(n, 1)
b = make_matrix(n, 2)
c = matmul(a, b)
d = matmul(c, transpose(a))
trace = sum(d[i][i] for i in range(n))
total = sum(sum(row) for row in c)
print("%.6f %.6f" % (trace, total))
print(" ".join("%.4f" % x for x in d[0][:5]))
