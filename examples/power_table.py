# Integer power table with right-aligned columns, plus ** on floats and big exponents.

def pad(s, width):
    return " " * (width - len(s)) + s


def int_power(base, exp):
    result = 1
    while exp > 0:
        if exp % 2 == 1:
            result *= base
        if exp > 1:
            base *= base
        exp //= 2
    return result


width = 8
header = pad("n", 3)
for e in range(1, 6):
    header = header + pad("n**" + str(e), width)
print(header)
print("-" * len(header))
for n in range(1, 11):
    line = pad(str(n), 3)
    for e in range(1, 6):
        line = line + pad(str(n ** e), width)
    print(line)

print()
print("2**62 =", 2 ** 62, "by squaring:", int_power(2, 62))
print("3**39 =", 3 ** 39, int_power(3, 39) == 3 ** 39)
print("(-2)**63 =", (-2) ** 63)
print("-2**2 =", -2 ** 2, "(unary minus binds looser)")
print("2**3**2 =", 2 ** 3 ** 2, "(right associative)")
print("10.0**-3 =", 10.0 ** -3)
print("2.0**0.5 =", 2.0 ** 0.5)
print("1.5**100 =", 1.5 ** 100)
print("10.0**300 * 10.0 =", 10.0 ** 300 * 10.0)
print("0**0 =", 0 ** 0, "0.0**0 =", 0.0 ** 0)
