# Digit sums, digital roots and digit reversal using // and % (and string indexing).

def digit_sum(n):
    n = abs(n)
    total = 0
    while n > 0:
        total += n % 10
        n //= 10
    return total


def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n


def reverse_digits(n):
    result = 0
    while n > 0:
        result = result * 10 + n % 10
        n = n // 10
    return result


def digit_sum_via_str(n):
    s = str(n)
    total = 0
    for i in range(len(s)):
        total += int(s[i])
    return total


for n in [0, 7, 38, 999, 123456789, 2 ** 62, -4096]:
    print(n, "digit sum", digit_sum(n), "root", digital_root(abs(n)))

print("reverse of 1234500:", reverse_digits(1234500))
print("str and arithmetic agree:", digit_sum(987654321) == digit_sum_via_str(987654321))

# 20! is the largest factorial that fits in a 64-bit int.
fact = 1
for k in range(1, 21):
    fact *= k
print("20! =", fact, "digit sum", digit_sum(fact))

harshad = []
for n in range(1, 60):
    if n % digit_sum(n) == 0:
        harshad.append(n)
print("Harshad numbers below 60:", len(harshad), "the last is", harshad[-1])
