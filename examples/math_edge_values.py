# math at edge values: inf, nan, -0.0, subnormals, huge and random arguments; errors as CPython raises them.
import math

xs = [0.0, -0.0, 1.0, -1.0, 0.5, -0.5, 2.0, 1e-300, 5e-324, 1e+300, -1e+300, 1.7976931348623157e+308, math.inf, -math.inf, math.nan, 710.0, -745.0, 3.5, -3.5, 100.0, 0.1, 1e+16, 9007199254740992.0, 1e-20, 171.5, -171.5, 200.5, -200.5, 0.9999999, 30.0, -30.0, 1.5, 6.0, 23.0, 24.0, 150.0, -3.523344703336752, -6.9830165215099615, 3.0186894607970753, -8.551274266649145, 0.7176400861337839, -2.6862216617482897, -8.840021504505863, 0.1487146637884056, -9.250086831160303, -1.3270863267522834, -8.602891528507621, -8.185739733122698, -1.5096162171497207e+278, -7.523960777007088e-73, 2.6125183146347418e+295, 8.954178849140114e+289, 1.7108284528077357e-251, 9.525102111858402e-254]
ys = [0.0, -0.0, 1.0, -1.0, 2.0, 0.5, -2.5, 3.0, 1e300, -1e-300, math.inf, -math.inf, math.nan, 10.0]

for x in xs:
    try:
        print('acos', x, math.acos(x))
    except ValueError as e:
        print('acos', x, 'ValueError', e)
    except OverflowError as e:
        print('acos', x, 'OverflowError', e)
for x in xs:
    try:
        print('acosh', x, math.acosh(x))
    except ValueError as e:
        print('acosh', x, 'ValueError', e)
    except OverflowError as e:
        print('acosh', x, 'OverflowError', e)
for x in xs:
    try:
        print('asin', x, math.asin(x))
    except ValueError as e:
        print('asin', x, 'ValueError', e)
    except OverflowError as e:
        print('asin', x, 'OverflowError', e)
for x in xs:
    try:
        print('asinh', x, math.asinh(x))
    except ValueError as e:
        print('asinh', x, 'ValueError', e)
    except OverflowError as e:
        print('asinh', x, 'OverflowError', e)
for x in xs:
    try:
        print('atan', x, math.atan(x))
    except ValueError as e:
        print('atan', x, 'ValueError', e)
    except OverflowError as e:
        print('atan', x, 'OverflowError', e)
for x in xs:
    try:
        print('atanh', x, math.atanh(x))
    except ValueError as e:
        print('atanh', x, 'ValueError', e)
    except OverflowError as e:
        print('atanh', x, 'OverflowError', e)
for x in xs:
    try:
        print('cbrt', x, math.cbrt(x))
    except ValueError as e:
        print('cbrt', x, 'ValueError', e)
    except OverflowError as e:
        print('cbrt', x, 'OverflowError', e)
for x in xs:
    try:
        print('cos', x, math.cos(x))
    except ValueError as e:
        print('cos', x, 'ValueError', e)
    except OverflowError as e:
        print('cos', x, 'OverflowError', e)
for x in xs:
    try:
        print('cosh', x, math.cosh(x))
    except ValueError as e:
        print('cosh', x, 'ValueError', e)
    except OverflowError as e:
        print('cosh', x, 'OverflowError', e)
for x in xs:
    try:
        print('erf', x, math.erf(x))
    except ValueError as e:
        print('erf', x, 'ValueError', e)
    except OverflowError as e:
        print('erf', x, 'OverflowError', e)
for x in xs:
    try:
        print('erfc', x, math.erfc(x))
    except ValueError as e:
        print('erfc', x, 'ValueError', e)
    except OverflowError as e:
        print('erfc', x, 'OverflowError', e)
for x in xs:
    try:
        print('exp', x, math.exp(x))
    except ValueError as e:
        print('exp', x, 'ValueError', e)
    except OverflowError as e:
        print('exp', x, 'OverflowError', e)
for x in xs:
    try:
        print('exp2', x, math.exp2(x))
    except ValueError as e:
        print('exp2', x, 'ValueError', e)
    except OverflowError as e:
        print('exp2', x, 'OverflowError', e)
for x in xs:
    try:
        print('expm1', x, math.expm1(x))
    except ValueError as e:
        print('expm1', x, 'ValueError', e)
    except OverflowError as e:
        print('expm1', x, 'OverflowError', e)
for x in xs:
    try:
        print('fabs', x, math.fabs(x))
    except ValueError as e:
        print('fabs', x, 'ValueError', e)
    except OverflowError as e:
        print('fabs', x, 'OverflowError', e)
for x in xs:
    try:
        print('gamma', x, math.gamma(x))
    except ValueError as e:
        print('gamma', x, 'ValueError', e)
    except OverflowError as e:
        print('gamma', x, 'OverflowError', e)
for x in xs:
    try:
        print('lgamma', x, math.lgamma(x))
    except ValueError as e:
        print('lgamma', x, 'ValueError', e)
    except OverflowError as e:
        print('lgamma', x, 'OverflowError', e)
for x in xs:
    try:
        print('log1p', x, math.log1p(x))
    except ValueError as e:
        print('log1p', x, 'ValueError', e)
    except OverflowError as e:
        print('log1p', x, 'OverflowError', e)
for x in xs:
    try:
        print('sin', x, math.sin(x))
    except ValueError as e:
        print('sin', x, 'ValueError', e)
    except OverflowError as e:
        print('sin', x, 'OverflowError', e)
for x in xs:
    try:
        print('sinh', x, math.sinh(x))
    except ValueError as e:
        print('sinh', x, 'ValueError', e)
    except OverflowError as e:
        print('sinh', x, 'OverflowError', e)
for x in xs:
    try:
        print('sqrt', x, math.sqrt(x))
    except ValueError as e:
        print('sqrt', x, 'ValueError', e)
    except OverflowError as e:
        print('sqrt', x, 'OverflowError', e)
for x in xs:
    try:
        print('tan', x, math.tan(x))
    except ValueError as e:
        print('tan', x, 'ValueError', e)
    except OverflowError as e:
        print('tan', x, 'OverflowError', e)
for x in xs:
    try:
        print('tanh', x, math.tanh(x))
    except ValueError as e:
        print('tanh', x, 'ValueError', e)
    except OverflowError as e:
        print('tanh', x, 'OverflowError', e)
for x in xs:
    try:
        print('log', x, math.log(x))
    except ValueError as e:
        print('log', x, 'ValueError', e)
    except OverflowError as e:
        print('log', x, 'OverflowError', e)
for x in xs:
    try:
        print('log2', x, math.log2(x))
    except ValueError as e:
        print('log2', x, 'ValueError', e)
    except OverflowError as e:
        print('log2', x, 'OverflowError', e)
for x in xs:
    try:
        print('log10', x, math.log10(x))
    except ValueError as e:
        print('log10', x, 'ValueError', e)
    except OverflowError as e:
        print('log10', x, 'OverflowError', e)
for x in xs:
    try:
        print('degrees', x, math.degrees(x))
    except ValueError as e:
        print('degrees', x, 'ValueError', e)
    except OverflowError as e:
        print('degrees', x, 'OverflowError', e)
for x in xs:
    try:
        print('radians', x, math.radians(x))
    except ValueError as e:
        print('radians', x, 'ValueError', e)
    except OverflowError as e:
        print('radians', x, 'OverflowError', e)
for x in xs:
    try:
        print('ulp', x, math.ulp(x))
    except ValueError as e:
        print('ulp', x, 'ValueError', e)
    except OverflowError as e:
        print('ulp', x, 'OverflowError', e)
for x in xs:
    try:
        print('frexp', x, math.frexp(x))
    except ValueError as e:
        print('frexp', x, 'ValueError', e)
    except OverflowError as e:
        print('frexp', x, 'OverflowError', e)
for x in xs:
    try:
        print('modf', x, math.modf(x))
    except ValueError as e:
        print('modf', x, 'ValueError', e)
    except OverflowError as e:
        print('modf', x, 'OverflowError', e)
for x in xs:
    try:
        print('isnan', x, math.isnan(x))
    except ValueError as e:
        print('isnan', x, 'ValueError', e)
    except OverflowError as e:
        print('isnan', x, 'OverflowError', e)
for x in xs:
    try:
        print('isinf', x, math.isinf(x))
    except ValueError as e:
        print('isinf', x, 'ValueError', e)
    except OverflowError as e:
        print('isinf', x, 'OverflowError', e)
for x in xs:
    try:
        print('isfinite', x, math.isfinite(x))
    except ValueError as e:
        print('isfinite', x, 'ValueError', e)
    except OverflowError as e:
        print('isfinite', x, 'OverflowError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('atan2', x, y, math.atan2(x, y))
        except ValueError as e:
            print('atan2', x, y, 'ValueError', e)
        except OverflowError as e:
            print('atan2', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('atan2', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('copysign', x, y, math.copysign(x, y))
        except ValueError as e:
            print('copysign', x, y, 'ValueError', e)
        except OverflowError as e:
            print('copysign', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('copysign', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('remainder', x, y, math.remainder(x, y))
        except ValueError as e:
            print('remainder', x, y, 'ValueError', e)
        except OverflowError as e:
            print('remainder', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('remainder', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('fmod', x, y, math.fmod(x, y))
        except ValueError as e:
            print('fmod', x, y, 'ValueError', e)
        except OverflowError as e:
            print('fmod', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('fmod', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('pow', x, y, math.pow(x, y))
        except ValueError as e:
            print('pow', x, y, 'ValueError', e)
        except OverflowError as e:
            print('pow', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('pow', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('nextafter', x, y, math.nextafter(x, y))
        except ValueError as e:
            print('nextafter', x, y, 'ValueError', e)
        except OverflowError as e:
            print('nextafter', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('nextafter', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('hypot', x, y, math.hypot(x, y))
        except ValueError as e:
            print('hypot', x, y, 'ValueError', e)
        except OverflowError as e:
            print('hypot', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('hypot', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('log', x, y, math.log(x, y))
        except ValueError as e:
            print('log', x, y, 'ValueError', e)
        except OverflowError as e:
            print('log', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('log', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for y in ys:
        try:
            print('isclose', x, y, math.isclose(x, y))
        except ValueError as e:
            print('isclose', x, y, 'ValueError', e)
        except OverflowError as e:
            print('isclose', x, y, 'OverflowError', e)
        except ZeroDivisionError as e:
            print('isclose', x, y, 'ZeroDivisionError', e)
for x in xs[:30]:
    for i in [0, 1, -1, 10, 1100, -1100, 5000, -5000]:
        try:
            print('ldexp', x, i, math.ldexp(x, i))
        except OverflowError as e:
            print('ldexp', x, i, 'OverflowError', e)
ints = [x for x in xs if math.isfinite(x) and abs(x) < 9e18]
for x in ints:
    print('floor/ceil/trunc', x, math.floor(x), math.ceil(x), math.trunc(x))
for x in xs[:30]:
    for y in ys[:5]:
        for z in [0.0, 1.5, -3.0, math.nan]:
            print('hypot3', x, y, z, math.hypot(x, y, z), math.dist([x, y, z], [z, 1.0, y]))
