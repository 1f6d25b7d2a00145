# Integer arithmetic on literals is exact: 2**63 alone does not fit a Krait int, but
# 2**63 - 1 does, and is what CPython makes of it.
INF = 2**63 - 1
LOW = -2**63
MASK = (1 << 64) - 1 >> 1
print(INF, LOW, MASK, -9223372036854775808, -(2**63 - 1) - 1)
print(10**18 * 9, 2**64 // 2**3, (1 << 70) >> 10, ~(2**63 - 1))
print(7 // -2, -7 // 2, 7 % -3, -7 % 3, ~5, -5 >> 1, -5 >> 100, (-2) ** 63, 0xFF & 0x0F | 0x100 ^ 1)
print(3 ** 0, 0 ** 0, (-1) ** 5, (-1) ** 4, 1 ** 10**20, 2 ** -1, 10 / 4, 6 // 4 * 1.5)

best = INF
for v in [5, 3, 9]:
    best = min(best, v)
print(best)

# errors still raise at run time
try:
    print(1 // 0)
except ZeroDivisionError as e:
    print(e)
try:
    print(1 << -1)
except ValueError as e:
    print(e)
