"""Polynomial arithmetic with operator overloading."""


class Polynomial:
    def __init__(self, coeffs):
        # coeffs[i] is the coefficient of x**i
        coeffs = list(coeffs)
        while len(coeffs) > 1 and coeffs[-1] == 0:
            coeffs.pop()
        self.coeffs = coeffs or [0]

    @classmethod
    def from_roots(cls, *roots):
        result = cls([1])
        for r in roots:
            result = result * cls([-r, 1])
        return result

    @property
    def degree(self):
        if self.coeffs == [0]:
            return -1
        return len(self.coeffs) - 1

    def __len__(self):
        return len(self.coeffs)

    def __getitem__(self, i):
        if i < len(self.coeffs):
            return self.coeffs[i]
        return 0

    def __call__(self, x):
        # Horner's method
        total = 0
        for c in reversed(self.coeffs):
            total = total * x + c
        return total

    def __add__(self, other):
        if isinstance(other, int):
            other = Polynomial([other])
        n = max(len(self), len(other))
        return Polynomial([self[i] + other[i] for i in range(n)])

    def __radd__(self, other):
        return self.__add__(other)

    def __neg__(self):
        return Polynomial([-c for c in self.coeffs])

    def __sub__(self, other):
        return self + (-other)

    def __mul__(self, other):
        if isinstance(other, int):
            return Polynomial([c * other for c in self.coeffs])
        out = [0] * (len(self) + len(other) - 1)
        for i, a in enumerate(self.coeffs):
            for j, b in enumerate(other.coeffs):
                out[i + j] += a * b
        return Polynomial(out)

    def __rmul__(self, other):
        return self.__mul__(other)

    def __pow__(self, n):
        if n < 0:
            raise ValueError("negative exponent")
        result = Polynomial([1])
        base = self
        while n:
            if n & 1:
                result = result * base
            base = base * base
            n >>= 1
        return result

    def __divmod__(self, other):
        if other.degree < 0:
            raise ZeroDivisionError("polynomial division by zero")
        rem = list(self.coeffs)
        quot = [0] * max(1, len(rem) - len(other) + 1)
        lead = other.coeffs[-1]
        while len(rem) >= len(other) and rem != [0]:
            shift = len(rem) - len(other)
            if rem[-1] % lead != 0:
                raise ValueError(f"non-integral quotient: {rem[-1]}/{lead}")
            factor = rem[-1] // lead
            quot[shift] = factor
            for i, c in enumerate(other.coeffs):
                rem[shift + i] -= factor * c
            while len(rem) > 1 and rem[-1] == 0:
                rem.pop()
            if len(rem) == 1 and rem[0] == 0:
                break
        return Polynomial(quot), Polynomial(rem)

    def __floordiv__(self, other):
        return divmod(self, other)[0]

    def __mod__(self, other):
        return divmod(self, other)[1]

    def __eq__(self, other):
        if not isinstance(other, Polynomial):
            return NotImplemented
        return self.coeffs == other.coeffs

    def __hash__(self):
        return hash(tuple(self.coeffs))

    def derivative(self):
        return Polynomial([i * c for i, c in enumerate(self.coeffs)][1:] or [0])

    def __repr__(self):
        return f"Polynomial({self.coeffs!r})"

    def __str__(self):
        if self.degree < 0:
            return "0"
        terms = []
        for power in range(len(self.coeffs) - 1, -1, -1):
            c = self.coeffs[power]
            if c == 0:
                continue
            sign = "-" if c < 0 else "+"
            mag = abs(c)
            if power == 0:
                body = str(mag)
            elif power == 1:
                body = "x" if mag == 1 else f"{mag}x"
            else:
                body = f"x^{power}" if mag == 1 else f"{mag}x^{power}"
            terms.append((sign, body))
        first_sign, first_body = terms[0]
        text = ("-" if first_sign == "-" else "") + first_body
        for sign, body in terms[1:]:
            text += f" {sign} {body}"
        return text


def main():
    p = Polynomial([1, 2, 3])
    q = Polynomial([-1, 0, 1])
    print("p =", p)
    print("q =", q)
    print("p + q =", p + q)
    print("p - q =", p - q)
    print("p * q =", p * q)
    print("3 * p =", 3 * p)
    print("p + 5 =", p + 5)
    print("5 + p =", 5 + p)
    print("q ** 3 =", q ** 3)
    print("repr:", repr(q))
    print("degree of p:", p.degree, "zero degree:", Polynomial([0, 0]).degree)
    for x in range(-2, 3):
        print(f"  p({x:>2}) = {p(x):>4}   q'({x:>2}) = {q.derivative()(x):>3}")

    r = Polynomial.from_roots(1, 2, 3)
    print("from roots 1,2,3:", r)
    quot, rem = divmod(r, Polynomial([-1, 1]))
    print("r // (x - 1) =", quot, " remainder", rem)
    print("r % (x + 1) =", r % Polynomial([1, 1]))
    print("r // (x - 2) == (x-1)(x-3):", r // Polynomial([-2, 1]) == Polynomial.from_roots(1, 3))

    try:
        divmod(p, Polynomial([0]))
    except ZeroDivisionError as e:
        print("error:", e)
    try:
        divmod(p, Polynomial([1, 2]))
    except ValueError as e:
        print("error:", e)
    try:
        p ** -1
    except ValueError as e:
        print("error:", e)

    seen = {}
    for poly in [p, q, Polynomial([1, 2, 3, 0]), Polynomial.from_roots(1, -1)]:
        key = poly
        seen[key] = seen.get(key, 0) + 1
    for poly, count in seen.items():
        print(f"{str(poly):<16}|{count:^5}|")

    print("p == q:", p == q, " p != q:", p != q, " p == p*1:", p == p * 1)
    print("sum of list:", sum([p, q, Polynomial([0, 0, 0, 4])], Polynomial([0])))
    print("sorted by degree then value at 2:",
          [str(t) for t in sorted([q ** 2, p, q, Polynomial([7])], key=lambda t: (t.degree, t(2)))])


if __name__ == "__main__":
    main()
