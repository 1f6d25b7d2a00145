"""A rational number class used as dict keys and set members, with ordering."""
from functools import total_ordering


def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)


@total_ordering
class Rational:
    __slots__ = ("num", "den")

    def __init__(self, num, den=1):
        if den == 0:
            raise ZeroDivisionError(f"Rational({num}, 0)")
        if den < 0:
            num, den = -num, -den
        g = gcd(num, den) or 1
        self.num = num // g
        self.den = den // g

    @staticmethod
    def parse(text):
        text = text.strip()
        if "/" in text:
            a, b = text.split("/", 1)
            return Rational(int(a), int(b))
        if "." in text:
            whole, frac = text.split(".")
            scale = 10 ** len(frac)
            sign = -1 if whole.startswith("-") else 1
            return Rational(int(whole) * scale + sign * int(frac), scale)
        return Rational(int(text))

    def _coerce(self, other):
        if isinstance(other, Rational):
            return other
        return Rational(other)

    def __add__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den + other.num * self.den, self.den * other.den)

    __radd__ = __add__

    def __sub__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den - other.num * self.den, self.den * other.den)

    def __rsub__(self, other):
        return self._coerce(other) - self

    def __mul__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.num, self.den * other.den)

    __rmul__ = __mul__

    def __truediv__(self, other):
        other = self._coerce(other)
        return Rational(self.num * other.den, self.den * other.num)

    def __neg__(self):
        return Rational(-self.num, self.den)

    def __abs__(self):
        return Rational(abs(self.num), self.den)

    def __eq__(self, other):
        other = self._coerce(other)
        return self.num == other.num and self.den == other.den

    def __lt__(self, other):
        other = self._coerce(other)
        return self.num * other.den < other.num * self.den

    def __hash__(self):
        if self.den == 1:
            return hash(self.num)
        return hash((self.num, self.den))

    def __float__(self):
        return self.num / self.den

    def __int__(self):
        q = abs(self.num) // self.den
        return q if self.num >= 0 else -q

    def __bool__(self):
        return self.num != 0

    def __repr__(self):
        return f"Rational({self.num}, {self.den})"

    def __str__(self):
        if self.den == 1:
            return str(self.num)
        return f"{self.num}/{self.den}"

    def __format__(self, spec):
        if spec.endswith("f") or spec.endswith("e") or spec.endswith("%"):
            return format(float(self), spec)
        return format(str(self), spec)


def harmonic(n):
    total = Rational(0)
    for k in range(1, n + 1):
        total += Rational(1, k)
    return total


def egyptian(r):
    """Greedy Egyptian fraction decomposition."""
    parts = []
    while r.num != 0:
        d = -(-r.den // r.num)  # ceiling division
        parts.append(Rational(1, d))
        r = r - Rational(1, d)
    return parts


def main():
    a = Rational(3, 4)
    b = Rational.parse("-2/6")
    c = Rational.parse("1.25")
    print(a, b, c)
    print(repr(a), repr(b), repr(c))
    print("a + b =", a + b, "| a - b =", a - b, "| a * b =", a * b, "| a / b =", a / b)
    print("1 + a =", 1 + a, "| 2 - a =", 2 - a, "| a * 4 =", a * 4)
    print("-b =", -b, "abs(b) =", abs(b), "int(c) =", int(c), "int(-c) =", int(-c))
    print(f"float: {float(a)} {a:.3f} {b:>8} {c:<8}| {a:.1%}")
    print("a > b:", a > b, "a <= c:", a <= c, "b >= 0:", b >= 0, "a == 0.75?", a == Rational(6, 8))

    for n in (1, 2, 5, 10):
        h = harmonic(n)
        print(f"H({n:>2}) = {str(h):>12} ~ {h:.6f}")

    values = [Rational(1, 2), Rational(2, 4), Rational(3), Rational(6, 2), Rational(-1, 3), Rational(0)]
    unique = set(values)
    print("unique count:", len(unique))
    print("sorted unique:", sorted(unique))
    print("min/max:", min(values), max(values))
    print("3 in set:", Rational(3) in unique, " hash(3) == hash(Rational(3)):", hash(3) == hash(Rational(3)))

    counts = {}
    for v in values:
        counts[v] = counts.get(v, 0) + 1
    for key in sorted(counts):
        print(f"  {str(key):>5}: {'#' * counts[key]}")

    truthy = [str(v) for v in values if v]
    print("nonzero:", ", ".join(truthy))

    for text in ["4/13", "5/6", "7/15"]:
        r = Rational.parse(text)
        parts = egyptian(r)
        print(f"{text} = " + " + ".join(str(p) for p in parts), "check:", sum(parts, Rational(0)) == r)

    try:
        Rational(1, 0)
    except ZeroDivisionError as exc:
        print("caught:", exc)
    try:
        Rational(1, 2) / Rational(0)
    except ZeroDivisionError as exc:
        print("caught:", type(exc).__name__, exc)
    try:
        Rational.parse("x/2")
    except ValueError as exc:
        print("caught:", exc)


main()
