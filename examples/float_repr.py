# How floats print: shortest round-trip repr, exponents, signed zero and infinity.

print("0.1 + 0.2 =", 0.1 + 0.2)
print("0.1 + 0.2 == 0.3:", 0.1 + 0.2 == 0.3)
print("1 / 3 =", 1 / 3, " 2 / 3 =", 2 / 3)
print("10 / 2 =", 10 / 2, " 7 / 2 =", 7 / 2)
print("1e-05 =", 1e-05, " 0.0001 =", 0.0001)
print("1e16 =", 1e16, " 1e15 =", 1e15, " 123456789012345678.0 =", 123456789012345678.0)
print("-0.0 =", -0.0, " 0.0 * -1 =", 0.0 * -1, " -0.0 == 0.0:", -0.0 == 0.0)
print("5e-324 =", 5e-324, " 1.7976931348623157e308 =", 1.7976931348623157e308)
print("1e308 * 10 =", 1e308 * 10, " -1e308 * 10 =", -1e308 * 10)

inf = float("inf")
print("float('inf') =", inf, " -inf =", -inf, " inf > 1e308:", inf > 1e308)
print("float('2.5') =", float("2.5"), " float(7) =", float(7), " int(-2.75) =", int(-2.75))
print("str(1.0) =", str(1.0), " str(100.0) + '!' =", str(100.0) + "!")

# Halving until the value underflows to zero.
x = 1.0
halvings = 0
while x > 0.0:
    x = x / 2
    halvings += 1
print("halvings of 1.0 until zero:", halvings)

# Doubling an int-valued float until adding one is lost.
big = 1.0
while big + 1.0 != big:
    big = big * 2
print("first float where big + 1 == big:", big, "as int:", int(big))

# Accumulating 0.1 ten times is not exactly 1.
total = 0.0
for i in range(10):
    total += 0.1
print("sum of ten 0.1:", total, " abs error:", abs(total - 1.0))
print("mixed int/float:", 3 + 0.5, 2 * 1.5, 7 - 0.25, 1 + 1e-16, 10 ** 2 / 8)
print("min/max mix:", min(3.5, 2.25, 9.0), max(-0.5, -1.5))
