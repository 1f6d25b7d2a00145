// core.cpp -- the out-of-line parts of int/float arithmetic (core.h),
// hashing of floats (ops.h) and slice resolution (slice.h).
#include "krait/core.h"

#include <cerrno>
#include <cmath>

#include "krait/ops.h"
#include "krait/slice.h"

#if defined(__x86_64__) && __has_include(<sys/platform/x86.h>)
#include <sys/platform/x86.h>
#endif

namespace krait {

namespace {
int bit_length(u64 v) { return v == 0 ? 0 : 64 - __builtin_clzll(v); }
using u128 = unsigned __int128;
}  // namespace

double int_truediv_slow(i64 a, i64 b) {
    // Correctly rounded a / b (b != 0): compute a quotient with at least 56
    // significant bits plus a sticky bit for the remainder, then let the
    // hardware round a 55-bit value (exactly representable in a u64 -> double
    // conversion with one rounding) and scale by a power of two.
    bool negative = (a < 0) != (b < 0);
    u64 na = a < 0 ? u64(0) - u64(a) : u64(a);
    u64 nb = b < 0 ? u64(0) - u64(b) : u64(b);
    if (na == 0) return negative ? -0.0 : 0.0;
    int shift = 56 + bit_length(nb) - bit_length(na);
    if (shift < 0) shift = 0;
    u128 n = u128(na) << shift;
    u128 q = n / nb;
    bool sticky = (n % nb) != 0;
    // Keep the top 55 bits of q, folding the rest into the sticky bit.
    int qbits = q >> 64 ? 64 + bit_length(u64(q >> 64)) : bit_length(u64(q));
    int drop = qbits - 55;
    int exp = -shift;
    if (drop > 0) {
        if (q & ((u128(1) << drop) - 1)) sticky = true;
        q >>= drop;
        exp += drop;
    }
    u64 m = u64(q) | (sticky ? 1 : 0);
    double r = std::ldexp(double(m), exp);
    return negative ? -r : r;
}

i64 int_pow(i64 base, i64 exp) {
    if (exp < 0) {
        if (base == 0) raise_zero_division("0.0 cannot be raised to a negative power");
        raise_value_error("negative exponent: Krait typed this int ** int as int, but Python gives a float here (write the exponent as a negative literal or make an operand a float)");
    }
    i64 result = 1;
    while (true) {
        if (exp & 1) result = int_mul(result, base);
        exp >>= 1;
        if (exp == 0) break;
        base = int_mul(base, base);
    }
    return result;
}

double float_floordiv(double vx, double wx) {
    if (wx == 0.0) raise_zero_division("float floor division by zero");
    // CPython's _float_div_mod.
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) div -= 1.0;
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return floordiv;
}

namespace {
bool is_odd_integer(double w) { return std::fmod(std::fabs(w), 2.0) == 1.0; }
}  // namespace

namespace detail {
#if defined(__x86_64__) && __has_include(<sys/platform/x86.h>)
// glibc's copy of the CPU features the dynamic loader found: no CPUID here. __builtin_cpu_supports
// would link libgcc's own detection, which runs CPUID at start-up in every program (a VM exit
// each under virtualisation: a twentieth of hello world's time).
const bool g_cpu_has_fma = CPU_FEATURE_ACTIVE(FMA);
#elif defined(__x86_64__)
const bool g_cpu_has_fma = (__builtin_cpu_init(), __builtin_cpu_supports("fma"));
#else
const bool g_cpu_has_fma = false;
#endif
}  // namespace detail

double float_pow_general(double iv, double iw) {
    // Follows CPython's float_pow case by case.
    if (iw == 0.0) return 1.0;
    if (std::isnan(iv)) return iv;
    if (std::isnan(iw)) return iv == 1.0 ? 1.0 : iw;
    if (std::isinf(iw)) {
        double av = std::fabs(iv);
        if (av == 1.0) return 1.0;
        if ((iw > 0.0) == (av > 1.0)) return std::fabs(iw);
        return 0.0;
    }
    if (std::isinf(iv)) {
        bool odd = is_odd_integer(iw);
        if (iw > 0.0) return odd ? iv : std::fabs(iv);
        return odd ? std::copysign(0.0, iv) : 0.0;
    }
    if (iv == 0.0) {
        bool odd = is_odd_integer(iw);
        if (iw < 0.0) raise_zero_division("0.0 cannot be raised to a negative power");
        return odd ? iv : 0.0;
    }
    bool negate = false;
    if (iv < 0.0) {
        if (iw != std::floor(iw))
            raise_value_error("negative number cannot be raised to a fractional power "
                              "(the result would be complex)");
        iv = -iv;
        negate = is_odd_integer(iw);
    }
    if (iv == 1.0) return negate ? -1.0 : 1.0;
    errno = 0;
    double ix = std::pow(iv, iw);
    if (std::isinf(ix)) raise_overflow_error("(34, 'Numerical result out of range')");
    return negate ? -ix : ix;
}

i64 int_of_float_slow(double v) {
    if (std::isnan(v)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(v)) raise_overflow_error("cannot convert float infinity to integer");
    double t = std::trunc(v);
    if (t >= -9223372036854775808.0 && t < 9223372036854775808.0) return i64(t);
    raise_int_overflow();
}

int int_float_cmp(i64 a, double f) {
    if (std::isnan(f)) return 2;
    if (f >= 9223372036854775808.0) return -1;
    if (f < -9223372036854775808.0) return 1;
    double fl = std::floor(f);
    i64 fi = i64(fl);
    if (a < fi) return -1;
    if (a > fi) return 1;
    return fl == f ? 0 : -1;  // a == floor(f) < f when f has a fraction
}

i64 float_hash(double v) {
    // CPython's _Py_HashDouble (NaN hashes to 0 here; CPython uses identity).
    constexpr int BITS = 61;
    constexpr u64 MOD = (u64(1) << BITS) - 1;
    if (!std::isfinite(v)) {
        if (std::isinf(v)) return v > 0 ? 314159 : -314159;
        return 0;
    }
    int e;
    double m = std::frexp(v, &e);
    int sign = 1;
    if (m < 0) {
        sign = -1;
        m = -m;
    }
    u64 x = 0;
    while (m != 0.0) {
        x = ((x << 28) & MOD) | x >> (BITS - 28);
        m *= 268435456.0;
        e -= 28;
        u64 y = u64(m);
        m -= double(y);
        x += y;
        if (x >= MOD) x -= MOD;
    }
    e = e >= 0 ? e % BITS : BITS - 1 - ((-1 - e) % BITS);
    x = ((x << e) & MOD) | x >> (BITS - e);
    x = x * u64(i64(sign));
    if (x == u64(-1)) x = u64(-2);
    return i64(x);
}

SliceRange slice_range_general(i64 len, std::optional<i64> lo, std::optional<i64> hi, i64 step) {
    if (step == 0) raise_value_error("slice step cannot be zero");
    i64 start, stop;
    if (step > 0) {
        start = lo ? *lo : 0;
        stop = hi ? *hi : len;
        if (start < 0) { start += len; if (start < 0) start = 0; } else if (start > len) start = len;
        if (stop < 0) { stop += len; if (stop < 0) stop = 0; } else if (stop > len) stop = len;
        i64 count = stop > start ? (stop - start - 1) / step + 1 : 0;
        return {start, count > 1 ? step : 1, count};
    }
    start = lo ? *lo : len - 1;
    stop = hi ? *hi : -1;
    if (lo) {
        if (start < 0) { start += len; if (start < 0) start = -1; } else if (start >= len) start = len - 1;
    }
    if (hi) {
        if (stop < 0) { stop += len; if (stop < 0) stop = -1; } else if (stop >= len) stop = len - 1;
    }
    // step == INT64_MIN: -step overflows; (start - stop - 1) / -step is 0 then.
    i64 count = start > stop ? i64(u64(start - stop - 1) / (u64(0) - u64(step))) + 1 : 0;
    // With two items or more |step| < len, so stepping past the last item stays in int64; with
    // one, the loops that add the step once more (xs[1::2**63-1]) or negate it (del xs[::-2**63])
    // would overflow: the step of a single item doesn't matter, so it is 1.
    return {start, count > 1 ? step : 1, count};
}

}  // namespace krait
