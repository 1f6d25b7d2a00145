# Greatest common divisor and least common multiple, recursive and iterative, with negatives.

def gcd(a, b):
    if b == 0:
        return abs(a)
    return gcd(b, a % b)


def gcd_loop(a, b):
    a = abs(a)
    b = abs(b)
    while b != 0:
        t = a % b
        a = b
        b = t
    return a


def lcm(a, b):
    if a == 0 or b == 0:
        return 0
    return abs(a * b) // gcd(a, b)


def lcm_of_list(xs):
    result = 1
    for x in xs:
        result = lcm(result, x)
    return result


pairs = [12, 18, 100, 75, 17, 5, 0, 9, -24, 36, 1071, 462]
i = 0
while i < len(pairs):
    a = pairs[i]
    b = pairs[i + 1]
    print("gcd(", a, ", ", b, ") = ", gcd(a, b), "  lcm = ", lcm(a, b), sep="")
    if gcd(a, b) != gcd_loop(a, b):
        print("  mismatch!")
    i += 2

one_to_twenty = []
for k in range(1, 21):
    one_to_twenty.append(k)
print("lcm of 1..20 =", lcm_of_list(one_to_twenty))

# Reduce a fraction to lowest terms.
num = 462
den = -1071
g = gcd(num, den)
if den < 0:
    g = -g
print(num, "/", den, "=", num // g, "/", den // g)
