# Integer and float edge cases at the ends of int64 whose results CPython and Krait share:
# overflow checks, shifts, powers, hashes, formatting, float -> int conversions, and the
# exceptions (with their messages) for sizes that cannot exist. Run under the sanitizers
# (scripts/sanitize-examples): none of them may be undefined behaviour in C++.
import sys
import math

M = sys.maxsize
N = -M - 1

try:
    print('mod', N % -1)
except Exception as e:
    print('mod', type(e).__name__, e)
try:
    print('mod2', N % 1)
except Exception as e:
    print('mod2', type(e).__name__, e)
try:
    print('shl62', 1 << 62)
except Exception as e:
    print('shl62', type(e).__name__, e)
try:
    print('shl0big', 0 << 100)
except Exception as e:
    print('shl0big', type(e).__name__, e)
try:
    print('shlneg', 1 << -1)
except Exception as e:
    print('shlneg', type(e).__name__, e)
try:
    print('shrneg', 1 >> -1)
except Exception as e:
    print('shrneg', type(e).__name__, e)
try:
    print('shr64', 5 >> 64)
except Exception as e:
    print('shr64', type(e).__name__, e)
try:
    print('shr64n', -5 >> 64)
except Exception as e:
    print('shr64n', type(e).__name__, e)
try:
    print('shr100', N >> 100)
except Exception as e:
    print('shr100', type(e).__name__, e)
try:
    print('shr63', N >> 63)
except Exception as e:
    print('shr63', type(e).__name__, e)
try:
    print('shlN', -1 << 63)
except Exception as e:
    print('shlN', type(e).__name__, e)
try:
    print('pow', 2 ** 62)
except Exception as e:
    print('pow', type(e).__name__, e)
try:
    print('powneg', 2 ** -1)
except Exception as e:
    print('powneg', type(e).__name__, e)
try:
    print('pow1', 1 ** M)
except Exception as e:
    print('pow1', type(e).__name__, e)
try:
    print('powm1', (-1) ** M)
except Exception as e:
    print('powm1', type(e).__name__, e)
try:
    print('pow0', 0 ** M)
except Exception as e:
    print('pow0', type(e).__name__, e)
try:
    print('powmod', pow(M, M, M - 1))
except Exception as e:
    print('powmod', type(e).__name__, e)
try:
    print('powmod2', pow(N, 3, M))
except Exception as e:
    print('powmod2', type(e).__name__, e)
try:
    print('powmod3', pow(3, M, N))
except Exception as e:
    print('powmod3', type(e).__name__, e)
try:
    print('hash', hash(N))
except Exception as e:
    print('hash', type(e).__name__, e)
try:
    print('hashm1', hash(-1))
except Exception as e:
    print('hashm1', type(e).__name__, e)
try:
    print('hashM', hash(M))
except Exception as e:
    print('hashM', type(e).__name__, e)
try:
    print('pct', "%d %x %o %X" % (N, M, N, M))
except Exception as e:
    print('pct', type(e).__name__, e)
try:
    print('pcti', "%i|%5d|%-25d|%+d" % (N, N, M, M))
except Exception as e:
    print('pcti', type(e).__name__, e)
try:
    print('fmt', f"{N:,}|{M:_}|{N:x}|{N:#b}|{M:>30,}")
except Exception as e:
    print('fmt', type(e).__name__, e)
try:
    print('fmte', f"{N:e}|{M:.3e}|{N:n}|{N:c}" )
except Exception as e:
    print('fmte', type(e).__name__, e)
try:
    print('str', str(N) + repr(M))
except Exception as e:
    print('str', type(e).__name__, e)
try:
    print('strmul', "ab" * -5)
except Exception as e:
    print('strmul', type(e).__name__, e)
try:
    print('strmul0', "ab" * N)
except Exception as e:
    print('strmul0', type(e).__name__, e)
try:
    print('listmul', [1] * N)
except Exception as e:
    print('listmul', type(e).__name__, e)
try:
    print('listmulbig', len([1, 2] * M))
except Exception as e:
    print('listmulbig', type(e).__name__, e)
try:
    print('strmulbig', len("ab" * M))
except Exception as e:
    print('strmulbig', type(e).__name__, e)
try:
    print('tuplemulbig', len((1, 2) * M))
except Exception as e:
    print('tuplemulbig', type(e).__name__, e)
try:
    print('rangelen', len(range(N, M)))
except Exception as e:
    print('rangelen', type(e).__name__, e)
try:
    print('rangelen2', len(range(0, M, 2)))
except Exception as e:
    print('rangelen2', type(e).__name__, e)
try:
    print('rangestep', list(range(0, 10, M)))
except Exception as e:
    print('rangestep', type(e).__name__, e)
try:
    print('rangestepN', list(range(0, -10, N)))
except Exception as e:
    print('rangestepN', type(e).__name__, e)
try:
    print('rangeidx', range(N, M, M)[1])
except Exception as e:
    print('rangeidx', type(e).__name__, e)
try:
    print('rangeneg', list(range(M - 2, M)))
except Exception as e:
    print('rangeneg', type(e).__name__, e)
try:
    print('rangeneg2', list(range(N + 2, N, -1)))
except Exception as e:
    print('rangeneg2', type(e).__name__, e)
try:
    print('int_inf', int(float("inf")))
except Exception as e:
    print('int_inf', type(e).__name__, e)
try:
    print('int_ninf', int(float("-inf")))
except Exception as e:
    print('int_ninf', type(e).__name__, e)
try:
    print('int_nan', int(float("nan")))
except Exception as e:
    print('int_nan', type(e).__name__, e)
try:
    print('int_9.2e18', int(9.2e18))
except Exception as e:
    print('int_9.2e18', type(e).__name__, e)
try:
    print('int_m2p63', int(-9223372036854775808.0))
except Exception as e:
    print('int_m2p63', type(e).__name__, e)
try:
    print('roundinf', round(float("inf")))
except Exception as e:
    print('roundinf', type(e).__name__, e)
try:
    print('roundnan', round(float("nan")))
except Exception as e:
    print('roundnan', type(e).__name__, e)
try:
    print('round2', round(1e300, 2))
except Exception as e:
    print('round2', type(e).__name__, e)
try:
    print('round-2', round(123456, -30))
except Exception as e:
    print('round-2', type(e).__name__, e)
try:
    print('roundN', round(N, -2))
except Exception as e:
    print('roundN', type(e).__name__, e)
try:
    print('ceil', math.ceil(float("inf")))
except Exception as e:
    print('ceil', type(e).__name__, e)
try:
    print('trunc', math.trunc(float("nan")))
except Exception as e:
    print('trunc', type(e).__name__, e)
try:
    print('fdiv', 1e308 // 1e-308)
except Exception as e:
    print('fdiv', type(e).__name__, e)
try:
    print('fmod', 5.0 % 0.0)
except Exception as e:
    print('fmod', type(e).__name__, e)
try:
    print('ffloordivinf', float("inf") // 1)
except Exception as e:
    print('ffloordivinf', type(e).__name__, e)
try:
    print('divzero', N // 0)
except Exception as e:
    print('divzero', type(e).__name__, e)
try:
    print('modzero', N % 0)
except Exception as e:
    print('modzero', type(e).__name__, e)
try:
    print('truediv', N / -1)
except Exception as e:
    print('truediv', type(e).__name__, e)
try:
    print('truediv2', M / N)
except Exception as e:
    print('truediv2', type(e).__name__, e)
try:
    print('float', float(N))
except Exception as e:
    print('float', type(e).__name__, e)
try:
    print('chr', chr(N))
except Exception as e:
    print('chr', type(e).__name__, e)
try:
    print('chr2', chr(M))
except Exception as e:
    print('chr2', type(e).__name__, e)
try:
    print('bin', bin(N) + hex(N) + oct(N))
except Exception as e:
    print('bin', type(e).__name__, e)
try:
    print('bitlen', N.bit_length())
except Exception as e:
    print('bitlen', type(e).__name__, e)
