// core.h -- Python scalars in Krait: int, float, bool, None.
//
// Python int is an unboxed 64-bit integer (i64); every arithmetic operation
// that Python would compute exactly is checked and raises OverflowError when
// the exact result does not fit. Python float is double, bool is bool.
// Float operations follow CPython's semantics and error messages exactly.
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>

#define KRAIT_LIKELY(x) __builtin_expect(!!(x), 1)
#define KRAIT_UNLIKELY(x) __builtin_expect(!!(x), 0)

/// Indexing a list checks the index (IndexError) unless the program was built with
/// `krait build --no-bounds-check`, which defines KRAIT_NO_BOUNDS_CHECK: then an index out of
/// range is undefined behaviour, as in C. Negative indexes still count from the end.
#ifdef KRAIT_NO_BOUNDS_CHECK
#define KRAIT_INDEX_CHECK(in_range, message) ((void)0)
#else
#define KRAIT_INDEX_CHECK(in_range, message) \
    do { if (KRAIT_UNLIKELY(!(in_range))) ::krait::raise_index_error(message); } while (0)
#endif

namespace krait {

using i64 = std::int64_t;
using u64 = std::uint64_t;

struct NoneType {
    constexpr bool operator==(NoneType) const { return true; }
    constexpr bool operator!=(NoneType) const { return false; }
    /// None stored where a nullable reference is expected (a tuple position that
    /// holds None or an object) is the null pointer.
    template <class T>
    constexpr operator T*() const { return nullptr; }
};
inline constexpr NoneType None{};

class str;

// ---- Raising common exceptions (defined in exceptions.cpp; cold paths) ----
// Each throws a freshly GC-allocated exception object by pointer.
[[noreturn]] void raise_overflow_error(const char* msg);
[[noreturn]] void raise_zero_division(const char* msg);
[[noreturn]] void raise_value_error(const char* msg);
[[noreturn]] void raise_value_error(str* msg);
[[noreturn]] void raise_index_error(const char* msg);
[[noreturn]] void raise_type_error(const char* msg);
[[noreturn]] void raise_runtime_error(const char* msg);
/// OverflowError for a result that does not fit in Krait's 64-bit int.
[[noreturn]] void raise_int_overflow();

// ---- Checked int arithmetic (Python semantics on i64) ----
// A result that doesn't fit raises OverflowError. `krait build --int-wrap` defines KRAIT_INT_WRAP:
// +, -, *, unary - and abs() then wrap around modulo 2**64 instead (faster, and wrong on overflow,
// which is why it is a flag and not the default). Powers and shifts stay checked.

#ifdef KRAIT_INT_WRAP
inline i64 int_add(i64 a, i64 b) { return i64(u64(a) + u64(b)); }
inline i64 int_sub(i64 a, i64 b) { return i64(u64(a) - u64(b)); }
inline i64 int_mul(i64 a, i64 b) { return i64(u64(a) * u64(b)); }
inline i64 int_neg(i64 a) { return i64(u64(0) - u64(a)); }
inline i64 int_abs(i64 a) { return a < 0 ? int_neg(a) : a; }
#else
inline i64 int_add(i64 a, i64 b) {
    i64 r;
    if (KRAIT_UNLIKELY(__builtin_add_overflow(a, b, &r))) raise_int_overflow();
    return r;
}
inline i64 int_sub(i64 a, i64 b) {
    i64 r;
    if (KRAIT_UNLIKELY(__builtin_sub_overflow(a, b, &r))) raise_int_overflow();
    return r;
}
inline i64 int_mul(i64 a, i64 b) {
    i64 r;
    if (KRAIT_UNLIKELY(__builtin_mul_overflow(a, b, &r))) raise_int_overflow();
    return r;
}
inline i64 int_neg(i64 a) {
    if (KRAIT_UNLIKELY(a == INT64_MIN)) raise_int_overflow();
    return -a;
}
inline i64 int_abs(i64 a) {
    if (KRAIT_UNLIKELY(a == INT64_MIN)) raise_int_overflow();
    return a < 0 ? -a : a;
}
#endif
/// a // b, rounding towards negative infinity.
inline i64 int_floordiv(i64 a, i64 b) {
    // A constant power-of-two divisor (n // 2, state // 65536): flooring division is exactly an
    // arithmetic shift in two's complement, for negative a too.
    if (__builtin_constant_p(b) && b > 0 && (b & (b - 1)) == 0) return a >> __builtin_ctzll(u64(b));
    if (KRAIT_UNLIKELY(b == 0)) raise_zero_division("integer division or modulo by zero");
    if (KRAIT_UNLIKELY(b == -1)) return int_neg(a);
    i64 q = a / b;
    if ((a % b != 0) && ((a < 0) != (b < 0))) --q;
    return q;
}
/// a % b, with the sign of the divisor.
inline i64 int_mod(i64 a, i64 b) {
    // A constant power-of-two modulus: Python's result has the divisor's sign, so it is exactly
    // the low bits of a in two's complement, for negative a too (-3 % 4 == 1 == -3 & 3).
    if (__builtin_constant_p(b) && b > 0 && (b & (b - 1)) == 0) return a & (b - 1);
    if (KRAIT_UNLIKELY(b == 0)) raise_zero_division("integer modulo by zero");
    if (KRAIT_UNLIKELY(b == -1)) return 0;
    i64 r = a % b;
    if (r != 0 && ((r < 0) != (b < 0))) r += b;
    return r;
}
/// a / b for ints: correctly rounded like CPython's long_true_divide.
double int_truediv_slow(i64 a, i64 b);
inline double int_truediv(i64 a, i64 b) {
    if (KRAIT_UNLIKELY(b == 0)) raise_zero_division("division by zero");
    constexpr i64 exact = i64(1) << 53;  // both exactly representable
    if (KRAIT_LIKELY(a >= -exact && a <= exact && b >= -exact && b <= exact))
        return double(a) / double(b);
    return int_truediv_slow(a, b);
}
/// base ** exp for ints. exp < 0 raises ValueError (Krait types int**int as
/// int), except 0 ** negative which raises CPython's ZeroDivisionError.
i64 int_pow(i64 base, i64 exp);
/// a << n (ValueError "negative shift count"; OverflowError if it doesn't fit). Inline: bit-mask
/// loops (sudoku's 1 << d) spent a tenth of their time calling it.
inline i64 int_lshift(i64 a, i64 n) {
    // A positive a shifted by fewer places than its leading zeros stays positive: for a constant a
    // (1 << d) that is one unsigned compare, instead of three tests and a shift back.
    if (KRAIT_LIKELY(a > 0 && u64(n) < u64(__builtin_clzll(u64(a))))) return a << n;
    if (KRAIT_UNLIKELY(n < 0)) raise_value_error("negative shift count");
    if (a == 0) return 0;
    if (KRAIT_UNLIKELY(n >= 64)) raise_int_overflow();
    i64 r = i64(u64(a) << n);
    if (KRAIT_UNLIKELY((r >> n) != a)) raise_int_overflow();
    return r;
}
/// a >> n (arithmetic, floors like Python).
inline i64 int_rshift(i64 a, i64 n) {
    if (KRAIT_UNLIKELY(n < 0)) raise_value_error("negative shift count");
    if (n >= 64) return a < 0 ? -1 : 0;
    return a >> n;
}

// ---- Float arithmetic (CPython semantics and messages) ----

inline double float_div(double a, double b) {
    if (KRAIT_UNLIKELY(b == 0.0)) raise_zero_division("float division by zero");
    return a / b;
}
/// Python's float % (result has the sign of b; -0.0 handled as CPython).
inline double float_mod(double a, double b) {
    if (KRAIT_UNLIKELY(b == 0.0)) raise_zero_division("float modulo");
    double m = std::fmod(a, b);
    if (m != 0.0) {
        if ((b < 0) != (m < 0)) m += b;
    } else {
        m = std::copysign(0.0, b);
    }
    return m;
}
/// Python's float // (CPython's float_divmod floor quotient).
double float_floordiv(double a, double b);
/// Python's float ** float, every case (CPython's float_pow calling libm's pow).
double float_pow_general(double a, double b);
namespace detail {
/// Whether the CPU has fused multiply-add (the build targets plain x86-64 otherwise).
extern const bool g_cpu_has_fma;
/// s*s - x, exactly (for s = sqrt(x) it is a double): one fused multiply-subtract where the CPU
/// has it, else Veltkamp's split. Both give the same value; only the speed differs.
inline double exact_square_residual(double s, double x) {
#if defined(__FMA__)
    return __builtin_fma(s, s, -x);
#else
#if defined(__x86_64__)
    if (KRAIT_LIKELY(g_cpu_has_fma)) {
        double r = s;
        asm("vfmsub213sd %2, %1, %0" : "+x"(r) : "x"(s), "x"(x));  // r = r * s - x, rounded once
        return r;
    }
#endif
    double c = 134217729.0 * s;  // 2**27 + 1
    double hi = c - (c - s);
    double lo = s - hi;
    return ((hi * hi - x) + 2.0 * hi * lo) + lo * lo;
#endif
}
}  // namespace detail
/// x ** 0.5 without calling pow when that provably gives pow's result: CPython computes
/// pow(x, 0.5), which glibc documents as within 0.54 ulp of the exact square root (it is not
/// always the correctly rounded one, so plain sqrt would print different digits now and then).
/// sqrt(x) is correctly rounded; when the exact root lies within 0.45 ulp of it, the only double
/// within 0.54 ulp of the exact root is sqrt(x) itself (its neighbours are 0.55 ulp away or
/// more), so pow must return it too. The
/// distance comes from the exact residual s*s - x (Veltkamp's split; exact in this range).
/// Otherwise (about a tenth of all x) it is pow(x, 0.5) itself: for a positive normal x in this
/// range, CPython's float_pow ends in that same call, with no special case, overflow or error to
/// look at first (nbody spent a tenth of its pow time in float_pow_general's case analysis).
inline double float_pow_half_in_range(double x) {
    double s = __builtin_sqrt(x);
    double residual = detail::exact_square_residual(s, x);
    u64 bits = __builtin_bit_cast(u64, s);
    double ulp = __builtin_bit_cast(double, bits + 1) - s;
    // exact root = s - residual / (2s) (to 2**-50 relative): within 0.45 ulp of s
    if (KRAIT_LIKELY(std::fabs(residual) <= 0.9 * s * ulp)) return s;
    return std::pow(x, 0.5);
}
/// Python's float ** float.
inline double float_pow(double a, double b) {
    if (b == 0.5 && a >= 0x1p-900 && a <= 0x1p900) return float_pow_half_in_range(a);
    return float_pow_general(a, b);
}
/// base ** exp where exp is written as a negative literal: a float, computed as CPython does
/// (both operands converted to float).
inline double int_pow_float(i64 base, i64 exp) { return float_pow(double(base), double(exp)); }

// ---- Conversions ----

inline double float_of(i64 v) { return double(v); }
inline double float_of(double v) { return v; }
inline double float_of(bool v) { return v ? 1.0 : 0.0; }
inline i64 int_of(i64 v) { return v; }
inline i64 int_of(bool v) { return v ? 1 : 0; }
/// int(x) for a float: truncation towards zero.
i64 int_of_float_slow(double v);
inline i64 int_of(double v) {
    // [-2^63, 2^63): the range where the truncated value fits an i64.
    if (KRAIT_LIKELY(v >= -9223372036854775808.0 && v < 9223372036854775808.0)) return i64(v);
    return int_of_float_slow(v);
}

// ---- Exact comparisons between int and float (Python compares exactly) ----

/// -1, 0, 1 comparing an int with a float; 2 if f is NaN (unordered).
int int_float_cmp(i64 a, double f);

}  // namespace krait
