# Celsius/Fahrenheit conversion table: float arithmetic, negative steps and float repr.

def to_fahrenheit(c):
    return c * 9 / 5 + 32


def to_celsius(f):
    return (f - 32) * 5 / 9


def rounded(x, places):
    scale = 10 ** places
    if x >= 0:
        return int(x * scale + 0.5) / scale
    return -int(-x * scale + 0.5) / scale


print("Celsius -> Fahrenheit")
for c in range(100, -41, -20):
    print(c, "C =", to_fahrenheit(c), "F")

print()
print("Fahrenheit -> Celsius (exact, then rounded to 2 places)")
for f in range(-40, 213, 36):
    exact = to_celsius(f)
    print(f, "F =", exact, "C ~", rounded(exact, 2))

print()
body = 37.0
print("body temperature:", body, "C =", to_fahrenheit(body), "F")
print("absolute zero:", to_fahrenheit(-273.15), "F")
print("round trip of 0.1 C:", to_celsius(to_fahrenheit(0.1)))

# Where the two scales agree: solve c == c * 9 / 5 + 32 by stepping.
c = 100
while to_fahrenheit(c) != c:
    c -= 1
print("scales agree at", c)
