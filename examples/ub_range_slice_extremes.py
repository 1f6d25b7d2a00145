# Ranges and slices at the ends of int64: items, lengths, membership and steps of 2**63-1 and
# -2**63, where C++ arithmetic on the indices would overflow (checked under the sanitizers by
# scripts/sanitize-examples). len() of a range of 2**64-1 items is an OverflowError, as in CPython.
import sys
M = sys.maxsize
N = -M - 1
xs = [1, 2, 3, 4]
print(xs[1::M], xs[3::M], xs[2::M - 1], xs[1:3:M])
print("abcd"[1::M], "abcd"[3::M - 2], "abcé"[1::M], "abcé"[2:N:N])
print((1, 2, 3)[1::M], b"abc"[1::M], bytearray(b"abc")[2::M])
print(xs[2::N], xs[-1::N], xs[N:M:M], xs[-2:N:N])
ys = [1, 2, 3, 4]
ys[1::M] = [9]
print(ys)
ys[3::M] = [8]
print(ys)
ys[2::N] = [7]
print(ys)
del ys[1::M]
print(ys)
del ys[0::M - 5]
print(ys)
zs = list(range(10))
del zs[N:M:3]
print(zs)
ws = list(range(10))
del ws[M:N:N]
print(ws)
ba = bytearray(b"abcd")
ba[1::M] = b"z"
print(ba)
del ba[1::M]
print(ba)
s = "hello world"
print(s[1::M] + s[N::M] + s[M::N] + s[-1::N])
for i in range(1, 4):
    print(i, xs[i::M], s[i::M], s[i:M:M], s[-i::M])
t = tuple(range(5))
print(t[4::M], t[::N], t[1:N:N])
print(list(range(M - 2, M)), list(range(N + 2, N, -1)), list(range(0, M, M // 2 + 1)))
print(list(range(M - 5, M, 3)), list(range(N + 5, N, -3)), list(range(N, M, M)))
print([i for i in range(M - 3, M)], [i for i in range(N, M, M)], [i for i in range(N + 1, N, -2)])
print(sum(range(M - 1, M)), list(enumerate(range(N, N + 2))))
r = range(N, M, M)
print(len(r), r[0], r[1], r[2], r[-1], r[-3], N in r, -1 in r, M - 1 in r, 0 in r, M in r)
r2 = range(M, N, N)
print(len(r2), r2[0], r2[1], r2[-1], N in r2, -1 in r2, M in r2, 0 in r2)
r3 = range(N, M)
for i in r3:
    if i > N + 2:
        break
    print(i)
print(r3[0], r3[M - 1], r3[-1], r3[-M], 5 in r3, M in r3, M - 1 in r3, N in r3)
for i in reversed(range(M - 2, M)):
    print(i)
print(max(range(M - 3, M)), min(range(N, N + 5)))
try:
    print(len(r3))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(r3[N])
except IndexError as e:
    print("IndexError", e)
