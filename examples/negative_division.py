# Floor division and modulo with negative operands follow Python, not C.

def show(a, b):
    q = a // b
    r = a % b
    print(a, "//", b, "=", q, "  ", a, "%", b, "=", r, "  check:", q * b + r == a)


pairs = [7, 2, -7, 2, 7, -2, -7, -2, 0, 5, -1, 10, 9, 3, -9, 3]
i = 0
while i < len(pairs):
    show(pairs[i], pairs[i + 1])
    i += 2

print()
print("float operands:")
show(7.5, 2.0)
show(-7.5, 2.0)
show(7.5, -2.0)
show(-0.5, 1.0)
print("true division of negatives:", -7 / 2, 7 / -2, -8 / -2)

# Day of the week going backwards from a Wednesday: % always gives 0..6 here.
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
today = 2
for offset in range(0, -20, -3):
    print("offset", offset, "->", days[(today + offset) % 7])

# Clock arithmetic on a 12-hour face.
for h in [-13, -1, 0, 11, 12, 25]:
    print("hour", h, "on the clock:", (h - 1) % 12 + 1)
