# complex numbers: literals, construction, arithmetic mixed with ints and floats, repr, format,
# hashing, containers and the errors CPython raises.

inf = float("inf")
nan = float("nan")

print("literals", 2j, 1 + 2j, 1.5j, 0j, -0j, 1e20j, 1e-7j, 1e16j, 1e15j, 123.456j)
print("reprs", repr(1 - 1j), repr(-1 - 1j), repr(complex(-0.0, -1.0)), repr(complex(0.0, -0.0)),
      repr(complex(-0.0, 0.0)), repr(complex(1.5, 0)), repr(complex(1, -0.0)))
print("specials", complex(nan, inf), complex(inf, -inf), complex(-inf, nan), complex(0, nan),
      complex(nan, 0), complex(-nan, -nan))
print("tiny/huge", complex(5e-324, 1.7976931348623157e308), complex(0.1, 0.2), complex(1 / 3, 2 / 3))

z = 3 + 4j
w = complex(1.5, -2.25)
print("parts", z.real, z.imag, w.real, w.imag, z.conjugate(), w.conjugate(), (2j).conjugate())
print("add", z + w, z + 1, 1 + z, z + 0.5, 0.5 + z, z + True)
print("sub", z - w, z - 1, 1 - z, z - 0.5, 0.5 - z)
print("mul", z * w, z * 2, 2 * z, z * 0.5, 0.5 * z, z * z, 1j * 1j)
print("div", z / w, z / 2, 2 / z, z / 0.5, 1 / 1j, 1j / 3, (1 + 1j) / (1e-300 + 1e-300j))
print("neg", -z, +z, -(0j), -complex(0.0, -0.0), -complex(-0.0, 0.0))
print("pow", z ** 2, z ** -1, z ** 0, z ** 3, z ** 0.5, z ** w, 2 ** z, 2.5 ** z, (1j) ** 2, (1j) ** 101)
print("pow2", 0j ** 0, 0j ** 2, (0j) ** (2 + 0j), (-8 + 0j) ** (1 / 3), pow(z, 2), pow(1j, 1j))
print("abs", abs(z), abs(w), abs(1j), abs(complex(-inf, nan)), abs(complex(nan, inf)), abs(complex(nan, 1)))
print("abs2", abs(complex(1e308, 1e308)), abs(complex(3e-320, 4e-320)))

zz = 1j
zz += 2
zz *= 1 - 1j
zz /= 2
zz -= 0.25
zz **= 2
print("augmented", zz)

print("eq", z == 3 + 4j, z != 3 + 4j, complex(3, 0) == 3, complex(3, 0) == 3.0, 3 == complex(3, 0),
      3.5 == complex(3.5, 0), complex(3, 1) == 3, z == "3+4j", complex(nan, 0) == complex(nan, 0))
print("hash", hash(1j), hash(1 + 2j), hash(-1 - 1j), hash(complex(3, 0)) == hash(3), hash(complex(1.5, 0)) == hash(1.5),
      hash(complex(inf, -inf)), hash(complex(0.1, 1e100)))
print("bool", bool(0j), bool(complex(0, -0.0)), bool(1j), bool(complex(nan, 0)))
if 1j:
    print("truthy 1j")

values = [1j, 2 + 0j, complex(-1, -1), complex(0.5, 1e-5)]
print(values, str(values), repr(values[2]), str(values[3]))
d = {1j: "one j", 2 + 0j: "two", complex(0, 1): "again"}
print(d, d[1j], len(d), 2 + 0j in d)
s = {1j, complex(0, 1), 2 + 2j, -2j}
print(len(s), 1j in s, 3j in s, sorted(abs(v) for v in s))
print((1j, 2 + 3j), [(1 + 1j, "x")])
total = 0j
for v in values:
    total = total + v
print("sum", total, sum(values, 0j))

print("complex()", complex(), complex(1), complex(2.5), complex(True), complex(1, 2), complex(1.5, -0.5),
      complex(real=3, imag=4), complex(z), complex(1j, 1j), complex(1 + 2j, 3), complex(2, 1j), complex(-0.0, 0.0))
for text in ["1+2j", "(1+2j)", " ( -1.5-2.5J ) ", "j", "-j", "+j", "1+j", "1-j", "3", "-4.5", "2.5e3j",
             "inf+nanj", "-infj", "nan", "1_000+2_0j", "1e-3-1e+3j", ".5+.5j", "5.j"]:
    print(repr(text), complex(text))
for text in ["", "1+2", "abc", "1 + 2j", "(1+2j", "1+2j)", "1__0j", "_1j", "1j2", "jj", "1e+j"]:
    try:
        print(complex(text))
    except ValueError as e:
        print(repr(text), "ValueError:", e)

print(f"{z}|{w}|{2j}|{-2j}|{complex(-0.0, 2)}")
print(f"{z:.2f}|{w:.3e}|{z:g}|{w:G}|{1e20j:g}|{z:10}|{z:<12}|{z:^14}|{z:*>15.1f}|{z:+}|{2j:+}|{2j:.1f}")
print(f"{12345.678 + 9876.5j:,.2f}|{12345.678 + 9876.5j:_}|{z:.0f}|{z:#.0f}|{w: }|{complex(nan, inf):f}|{complex(nan, inf):F}")
print(f"{z:.3}|{w:.2}|{1234567.5 + 1j:.3}|{z:n}|{complex(-0.0, -0.0):z.1f}|{complex(-0.0, -0.0)}")
print("{} {:.1f} {!r} {!s}".format(z, w, z, w), "%s %r" % (z, w), format(z), format(w, ">20.4g"), str(z), repr(w))
for spec in ["010", "=10", "%", "d", "x", "s"]:
    try:
        print(format(z, spec))
    except ValueError as e:
        print(spec, "ValueError:", e)



def divide(a, b):
    try:
        print(a / b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)


def power(a, b):
    try:
        print(a ** b)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    except OverflowError as e:
        print("OverflowError:", e)


divide(z, 0)
divide(z, 0j)
divide(z, 0.0)
divide(1, 0j)
divide(0.5, 0j)
divide(0j, 0j)
divide(z, complex(0.0, -0.0))
divide(z, complex(nan, 1))
divide(z, complex(inf, 1))
power(0j, -1)
power(0j, 1j)
power(0j, -2.5)
power(complex(inf, 0), 1)
power(complex(1e200, 1e200), 2)
power(10j, 400)
power(10j, 100)
power(1 + 1j, 1e6 + 0j)
power(1.0000001 + 0j, 1e10)
power(2, 1j)
power(0, 0j)
try:
    print(abs(complex(1.7e308, 1.7e308)))
except OverflowError as e:
    print("OverflowError:", e)
print(isinstance(z, complex), isinstance(1, complex), type(z).__name__)
try:
    print(sorted([1j, 2j]))
except TypeError as e:
    print("TypeError:", e)
