# A Fraction class with operators, ordering (__lt__, __le__), __eq__ and __hash__ so fractions work in sets and dicts.


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


class Fraction:
    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError("Fraction(" + str(num) + ", 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den)
        self.num = num // g
        self.den = den // g

    def __add__(self, o):
        return Fraction(self.num * o.den + o.num * self.den, self.den * o.den)

    def __sub__(self, o):
        return Fraction(self.num * o.den - o.num * self.den, self.den * o.den)

    def __mul__(self, o):
        return Fraction(self.num * o.num, self.den * o.den)

    def __truediv__(self, o):
        return Fraction(self.num * o.den, self.den * o.num)

    def __eq__(self, o):
        return self.num == o.num and self.den == o.den

    def __lt__(self, o):
        return self.num * o.den < o.num * self.den

    def __le__(self, o):
        return self == o or self < o

    def __hash__(self):
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __str__(self):
        return str(self.num) if self.den == 1 else f"{self.num}/{self.den}"

    def __repr__(self):
        return f"Fraction({self.num}, {self.den})"


half = Fraction(1, 2)
third = Fraction(1, 3)
print(half + third, half - third, half * third, half / third)
print(Fraction(6, -8), repr(Fraction(10, 5)), float(Fraction(7, 8)))
h = Fraction(0)
for n in range(1, 11):
    h = h + Fraction(1, n)
print("H(10) =", h, "~", round(float(h), 6))
fracs = [Fraction(3, 4), Fraction(2, 3), Fraction(6, 8), Fraction(5, 7), Fraction(1, 2), Fraction(4, 6)]
print("sorted:", [str(f) for f in sorted(fracs)])
print("distinct:", len(set(fracs)), " min:", min(fracs), " max:", max(fracs))
counts = {}
for f in fracs:
    counts[f] = counts.get(f, 0) + 1
print({str(k): v for k, v in counts.items()})
print(half <= Fraction(2, 4), third < half, half < third, Fraction(2, 4) in fracs)
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("error:", e)
