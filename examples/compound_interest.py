# Compound interest tables: float arithmetic, ** with floats, and cents rounding by hand.

def to_cents(amount):
    return int(amount * 100 + 0.5)


def money(amount):
    cents = to_cents(amount)
    frac = str(cents % 100)
    if len(frac) < 2:
        frac = "0" + frac
    return str(cents // 100) + "." + frac


def pad(s, width):
    return " " * (width - len(s)) + s


def grow(principal, rate, years, per_year):
    return principal * (1 + rate / per_year) ** (years * per_year)


principal = 1000.0
rate = 0.05
print("year", pad("yearly", 10), pad("monthly", 10), pad("daily", 10))
for year in range(0, 31, 5):
    print(pad(str(year), 4), pad(money(grow(principal, rate, year, 1)), 10),
          pad(money(grow(principal, rate, year, 12)), 10),
          pad(money(grow(principal, rate, year, 365)), 10))

print()
print("raw values after one year:")
print("  yearly ", grow(principal, rate, 1, 1))
print("  monthly", grow(principal, rate, 1, 12))
print("  daily  ", grow(principal, rate, 1, 365))

# How long until the money doubles, saving 100.0 a year on top?
balance = principal
years = 0
while balance < 2 * principal:
    balance = balance * (1 + rate) + 100
    years += 1
print("doubled after", years, "years:", money(balance), "exact", balance)

print("rule of 72 says", 72 / 5, "years without deposits")
