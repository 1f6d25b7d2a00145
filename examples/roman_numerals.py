# Roman numerals both ways, using parallel lists of values and symbols and string indexing.

values = [1000, 900, 500, 400, 100, 90, 50, 40, 10, 9, 5, 4, 1]
symbols = ["M", "CM", "D", "CD", "C", "XC", "L", "XL", "X", "IX", "V", "IV", "I"]


def to_roman(n):
    out = ""
    for i in range(len(values)):
        while n >= values[i]:
            out = out + symbols[i]
            n -= values[i]
    return out


def letter_value(ch):
    letters = ["I", "V", "X", "L", "C", "D", "M"]
    amounts = [1, 5, 10, 50, 100, 500, 1000]
    for i in range(len(letters)):
        if letters[i] == ch:
            return amounts[i]
    return 0


def from_roman(s):
    total = 0
    for i in range(len(s)):
        v = letter_value(s[i])
        if i + 1 < len(s) and letter_value(s[i + 1]) > v:
            total -= v
        else:
            total += v
    return total


for n in [1, 4, 9, 14, 40, 90, 400, 1994, 2024, 3999]:
    r = to_roman(n)
    print(n, "=", r, "=", from_roman(r))

ok = True
longest = ""
for n in range(1, 4000):
    r = to_roman(n)
    if from_roman(r) != n:
        ok = False
        print("round trip failed for", n)
    if len(r) > len(longest):
        longest = r
print("round trip 1..3999 ok:", ok)
print("longest numeral:", longest, "=", from_roman(longest), "with", len(longest), "letters")
