# math's integer, summation and product functions: fsum's exact rounding, comb/perm, gcd/lcm of many arguments.
import math
print(math.fsum([1e-16, 1.0, 1e16]), math.fsum([0.1, 0.2, 0.3]), math.fsum([1e100, 1.0, -1e100, 1e-100, 1e50, -1.0, -1e50]))
print(math.fsum([]), math.fsum([1, 2, 3]), math.fsum([math.inf, 1.0]), math.fsum([math.nan, 1.0]), math.fsum([-0.0, -0.0]))
seeds = [12345, 999, 31337]
for s in seeds:
    xs = []
    v = s
    for i in range(500):
        v = (v * 1103515245 + 12345) % 2147483648
        xs.append((v / 2147483648.0 - 0.5) * 10.0 ** ((v % 40) - 20))
    print(math.fsum(xs), sum(xs), math.prod(xs[:20]), math.hypot(xs[0], xs[1], xs[2], xs[3], xs[4]))
for bad in [[1e308, 1e308], [math.inf, -math.inf]]:
    try:
        print(math.fsum(bad))
    except OverflowError as e:
        print("OverflowError", e)
    except ValueError as e:
        print("ValueError", e)
print(math.comb(60, 30), math.perm(20, 20), math.isqrt(9223372036854775807), math.isqrt(10**18), math.isqrt(0))
print(math.gcd(), math.gcd(-4), math.gcd(0, 0), math.gcd(-12, 18), math.lcm(), math.lcm(-4), math.lcm(0, 5), math.lcm(3, -4))
print(math.factorial(20), math.hypot(), math.hypot(-3), math.prod([]), math.prod([2, 3], start=10), math.prod([1.5], start=2))
for n in [-1, 60]:
    try:
        print(math.comb(n, 30))
    except ValueError as e:
        print("ValueError", e)
    except OverflowError as e:
        print("OverflowError")
try:
    print(math.perm(5, -1))
except ValueError as e:
    print("ValueError", e)
print(math.pi, math.e, math.tau, math.inf, -math.inf, math.nan)
print(math.trunc(-2.7), math.floor(-2.5), math.ceil(2.1), math.floor(7), type(math.floor(2.5)).__name__)
print(math.cbrt(27), math.exp2(10), math.expm1(1e-10), math.log1p(1e-10), math.log(100, 10), math.log10(1000), math.log2(1024))
print(math.degrees(math.pi), math.radians(180), math.copysign(3, -0.0), math.fmod(-7, 3), math.remainder(7, 2))
print(math.nextafter(1.0, 2.0), math.ulp(1.0), math.isclose(1.0, 1.0 + 1e-9, abs_tol=1e-8))
