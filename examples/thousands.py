# Number formatter: thousands separators and fixed decimals built by hand with // and %.

def group_thousands(n):
    if n < 0:
        return "-" + group_thousands(-n)
    if n < 1000:
        return str(n)
    rest = n % 1000
    chunk = str(rest)
    while len(chunk) < 3:
        chunk = "0" + chunk
    return group_thousands(n // 1000) + "," + chunk


def money(cents):
    sign = ""
    if cents < 0:
        sign = "-"
        cents = -cents
    frac = str(cents % 100)
    if len(frac) < 2:
        frac = "0" + frac
    return sign + "$" + group_thousands(cents // 100) + "." + frac


def pad_left(s, width):
    return " " * (width - len(s)) + s


values = [0, 7, 999, 1000, 65536, 1234567, -9876543210, 9223372036854775807]
for v in values:
    print(pad_left(group_thousands(v), 26), "<-", v)

print()
prices = [5, 1999, 100000, -250, 123456789]
for p in prices:
    print(pad_left(money(p), 18))

total = 0
for p in prices:
    total += p
print(pad_left("-" * 14, 18))
print(pad_left(money(total), 18), "total")
