# cmath on a table of arguments: every combination of infinities, NaNs, signed zeros and finite
# values, the branch cuts approached from both sides, tiny and huge parts, and pseudo-random
# points; each result is printed with repr (or the exception CPython raises), so any difference
# in the last bit or in the sign of a zero shows.
import cmath
import math
import random

NAMES = ["sqrt", "exp", "log", "log10", "sin", "cos", "tan", "asin", "acos", "atan",
         "sinh", "cosh", "tanh", "asinh", "acosh", "atanh"]


def call(k, z):
    if k == 0:
        return cmath.sqrt(z)
    if k == 1:
        return cmath.exp(z)
    if k == 2:
        return cmath.log(z)
    if k == 3:
        return cmath.log10(z)
    if k == 4:
        return cmath.sin(z)
    if k == 5:
        return cmath.cos(z)
    if k == 6:
        return cmath.tan(z)
    if k == 7:
        return cmath.asin(z)
    if k == 8:
        return cmath.acos(z)
    if k == 9:
        return cmath.atan(z)
    if k == 10:
        return cmath.sinh(z)
    if k == 11:
        return cmath.cosh(z)
    if k == 12:
        return cmath.tanh(z)
    if k == 13:
        return cmath.asinh(z)
    if k == 14:
        return cmath.acosh(z)
    return cmath.atanh(z)


def result(k, z):
    try:
        return repr(call(k, z))
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"


def signed(x):
    # the sign of a NaN is not part of Python's repr, nor of CPython's guarantees: only its NaN-ness
    if math.isnan(x):
        return "nan"
    return repr(x)


def parts(k, z):
    # repr(w) loses the sign of a zero real part ("0j" for +0, "(-0+0j)" for -0) only for +0, so the
    # parts are shown one by one as well
    try:
        w = call(k, z)
    except ValueError:
        return "ValueError"
    except OverflowError:
        return "OverflowError"
    return signed(w.real) + "," + signed(w.imag)


inf = float("inf")
nan = float("nan")
special = [-inf, -2.3, -0.0, 0.0, 2.3, inf, nan]
args = []
for re in special:
    for im in special:
        args.append(complex(re, im))
for re in [-3.0, -1.5, -1.0, -0.5, 0.5, 1.0, 1.5, 3.0]:
    args.append(complex(re, 0.0))
    args.append(complex(re, -0.0))
for im in [-3.0, -1.0, -0.5, 0.5, 1.0, 3.0]:
    args.append(complex(0.0, im))
    args.append(complex(-0.0, im))
for x in [5e-324, 1e-310, 2.2250738585072014e-308, 1e-300, 1e-20, 1e20, 1e150, 1e300, 1.7e308]:
    args.append(complex(x, x))
    args.append(complex(-x, x / 3))
    args.append(complex(x, 1.0))
    args.append(complex(1.0, -x))
for x in [700.0, 709.0, 710.0, 711.0, 750.0, 1000.0, -700.0, -710.0, -750.0]:
    args.append(complex(x, 0.5))
    args.append(complex(0.25, x))
    args.append(complex(x, 3.0))
for x in [1.0, -1.0]:
    args.append(complex(x, 1e-200))
    args.append(complex(x, -1e-170))
    args.append(complex(x, 0.0))
args.append(complex(0.75, 0.75))
args.append(complex(1.2, 0.3))
args.append(complex(0.8, -0.5))
rng = random.Random(20261126)
for i in range(40):
    args.append(complex(rng.uniform(-4, 4), rng.uniform(-4, 4)))
for i in range(15):
    args.append(complex(rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30), rng.uniform(-1, 1) * 10.0 ** rng.randint(-30, 30)))

for z in args:
    print(repr(z))
    for k in range(len(NAMES)):
        print("  " + NAMES[k], result(k, z), parts(k, z))

print("phase/polar/isfinite/isinf/isnan")
for z in args:
    try:
        ph = repr(cmath.phase(z))
    except OverflowError:
        ph = "OverflowError"
    try:
        po = repr(cmath.polar(z))
    except OverflowError:
        po = "OverflowError"
    print(repr(z), ph, po, cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print("rect")
for r in special + [1e308, 5e-324]:
    for phi in special + [math.pi, -math.pi / 2, 1e300]:
        try:
            w = cmath.rect(r, phi)
            print(repr(r), repr(phi), repr(w), signed(w.real), signed(w.imag))
        except ValueError:
            print(repr(r), repr(phi), "ValueError")

print("log with a base")
print(cmath.log(8, 2), cmath.log(0.5, 10), cmath.log(-2, 0.5), cmath.log(100.0, 10), cmath.log(1j, 2.5))
for z in [complex(8), complex(0.5), complex(-2), 1j, 0j, complex(3, 4), complex(-0.0, -1)]:
    for base in [complex(2), complex(10), complex(0.5), 1j, complex(1, 1), complex(1), 0j, complex(cmath.e)]:
        try:
            print(repr(z), repr(base), repr(cmath.log(z, base)))
        except ValueError as e:
            print(repr(z), repr(base), "ValueError:", e)
        except ZeroDivisionError as e:
            print(repr(z), repr(base), "ZeroDivisionError:", e)

print("isclose")
pairs = [(1j, 1j), (1 + 1j, 1 + 1.0000000001j), (1 + 1j, 1 + 1.001j), (0j, 1e-10j), (complex(inf, 0), complex(inf, 0)),
         (complex(inf, 0), complex(1e308, 0)), (complex(nan, 0), complex(nan, 0)), (1e-300j, 0j)]
for a, b in pairs:
    print(repr(a), repr(b), cmath.isclose(a, b), cmath.isclose(a, b, rel_tol=1e-3), cmath.isclose(a, b, abs_tol=1e-9))
try:
    cmath.isclose(1j, 1j, rel_tol=-1)
except ValueError as e:
    print("ValueError:", e)
print(cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.infj, cmath.nan, cmath.nanj)
print(cmath.sqrt(4), cmath.sqrt(2.5), cmath.exp(True), cmath.phase(-1), cmath.polar(-4), cmath.isfinite(3))
