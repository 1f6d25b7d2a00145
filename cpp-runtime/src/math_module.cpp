// math_module.cpp -- the math module's functions whose error handling or algorithm is CPython's
// own (Modules/mathmodule.c of CPython 3.11, re-implemented): the errno and special-value rules
// of math_1/math_2, fsum's exact partials, vector_norm for hypot and dist, the Lanczos gamma.
#include "krait/math_module.h"

#include <cerrno>
#include <cfloat>
#include <climits>

namespace krait::math {

void domain_error() { raise_value_error("math domain error"); }
void range_error() { raise_overflow_error("math range error"); }

namespace {

/// errno after a libm call, as CPython reads it: underflow (a result below 1.5) is no error.
void check_errno(double r) {
    if (errno == EDOM) domain_error();
    if (errno == ERANGE && std::fabs(r) >= 1.5) range_error();
}

/// A libm function of one argument, checked as CPython's math_1 does.
double math_1(double x, double (*f)(double), bool can_overflow) {
    errno = 0;
    double r = f(x);
    if (std::isnan(r) && !std::isnan(x)) domain_error();
    if (std::isinf(r) && std::isfinite(x)) {
        if (can_overflow) range_error();
        domain_error();  // a singularity
    }
    if (std::isfinite(r) && errno) check_errno(r);
    return r;
}

/// A function that sets errno itself (CPython's math_1a).
double math_1a(double x, double (*f)(double)) {
    errno = 0;
    double r = f(x);
    if (errno) check_errno(r);
    return r;
}

/// A function of two arguments (CPython's math_2): errno comes from the result's specialness.
double math_2(double x, double y, double (*f)(double, double)) {
    double r = f(x, y);
    errno = 0;
    if (std::isnan(r)) {
        if (!std::isnan(x) && !std::isnan(y)) errno = EDOM;
    } else if (std::isinf(r)) {
        if (std::isfinite(x) && std::isfinite(y)) errno = ERANGE;
    }
    if (errno) check_errno(r);
    return r;
}

const double kPi = 3.141592653589793238462643383279502884197;
const double kLogPi = 1.144729885849400174143427351353058711647;

/// sin(pi*x), accurate near integers (for the gamma reflection formula).
double sinpi(double x) {
    double y = std::fmod(std::fabs(x), 2.0);
    int n = int(std::round(2.0 * y));
    double r;
    switch (n) {
        case 0: r = std::sin(kPi * y); break;
        case 1: r = std::cos(kPi * (y - 0.5)); break;
        case 2: r = std::sin(kPi * (1.0 - y)); break;  // not -sin(pi*(y-1)): that gives -0.0 at y == 1
        case 3: r = -std::cos(kPi * (y - 1.5)); break;
        default: r = std::sin(kPi * (y - 2.0)); break;
    }
    return std::copysign(1.0, x) * r;
}

// Lanczos approximation, N = 13, g = 6.024680040776729583740234375 (the Boost parameters CPython
// uses), as a rational function.
const int kLanczosN = 13;
const double kLanczosG = 6.024680040776729583740234375;
const double kLanczosGMinusHalf = 5.524680040776729583740234375;
const double kLanczosNum[kLanczosN] = {
    23531376880.410759688572007674451636754734846804940,
    42919803642.649098768957899047001988850926355848959,
    35711959237.355668049440185451547166705960488635843,
    17921034426.037209699919755754458931112671403265390,
    6039542586.3520280050642916443072979210699388420708,
    1439720407.3117216736632230727949123939715485786772,
    248874557.86205415651146038641322942321632125127801,
    31426415.585400194380614231628318205362874684987640,
    2876370.6289353724412254090516208496135991145378768,
    186056.26539522349504029498971604569928220784236328,
    8071.6720023658162106380029022722506138218516325024,
    210.82427775157934587250973392071336271166969580291,
    2.5066282746310002701649081771338373386264310793408,
};
const double kLanczosDen[kLanczosN] = {0.0,       39916800.0, 120543840.0, 150917976.0, 105258076.0,
                                       45995730.0, 13339535.0, 2637558.0,   357423.0,    32670.0,
                                       1925.0,     66.0,       1.0};
const double kGammaIntegral[23] = {
    1.0, 1.0, 2.0, 6.0, 24.0, 120.0, 720.0, 5040.0, 40320.0, 362880.0,
    3628800.0, 39916800.0, 479001600.0, 6227020800.0, 87178291200.0,
    1307674368000.0, 20922789888000.0, 355687428096000.0,
    6402373705728000.0, 121645100408832000.0, 2432902008176640000.0,
    51090942171709440000.0, 1124000727777607680000.0,
};

double lanczos_sum(double x) {
    double num = 0.0, den = 0.0;
    // for large x the numerator and denominator are evaluated in 1/x, which cannot overflow
    if (x < 5.0) {
        for (int i = kLanczosN; --i >= 0;) {
            num = num * x + kLanczosNum[i];
            den = den * x + kLanczosDen[i];
        }
    } else {
        for (int i = 0; i < kLanczosN; i++) {
            num = num / x + kLanczosNum[i];
            den = den / x + kLanczosDen[i];
        }
    }
    return num / den;
}

double tgamma_impl(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x == 0.0) {
        errno = EDOM;
        return std::copysign(HUGE_VAL, x);
    }
    if (x == std::floor(x)) {
        if (x < 0.0) {
            errno = EDOM;
            return NAN;
        }
        if (x <= 23) return kGammaIntegral[int(x) - 1];
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) {
        double r = 1.0 / x;
        if (std::isinf(r)) errno = ERANGE;
        return r;
    }
    if (absx > 200.0) {
        if (x < 0.0) return 0.0 / sinpi(x);
        errno = ERANGE;
        return HUGE_VAL;
    }
    double y = absx + kLanczosGMinusHalf;
    double z;
    // the rounding error of y, so that the result can be corrected for it
    if (absx > kLanczosGMinusHalf) {
        double q = y - absx;
        z = q - kLanczosGMinusHalf;
    } else {
        double q = y - kLanczosGMinusHalf;
        z = q - absx;
    }
    z = z * kLanczosG / y;
    double r;
    if (x < 0.0) {
        r = -kPi / sinpi(absx) / absx * std::exp(y) / lanczos_sum(absx);
        r -= z * r;
        if (absx < 140.0) {
            r /= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r /= sqrtpow;
            r /= sqrtpow;
        }
    } else {
        r = lanczos_sum(absx) / std::exp(y);
        r += z * r;
        if (absx < 140.0) {
            r *= std::pow(y, absx - 0.5);
        } else {
            double sqrtpow = std::pow(y, absx / 2.0 - 0.25);
            r *= sqrtpow;
            r *= sqrtpow;
        }
    }
    if (std::isinf(r)) errno = ERANGE;
    return r;
}

double lgamma_impl(double x) {
    if (!std::isfinite(x)) return std::isnan(x) ? x : HUGE_VAL;
    if (x == std::floor(x) && x <= 2.0) {
        if (x <= 0.0) {
            errno = EDOM;
            return HUGE_VAL;
        }
        return 0.0;
    }
    double absx = std::fabs(x);
    if (absx < 1e-20) return -std::log(absx);
    double r = std::log(lanczos_sum(absx)) - kLanczosG;
    r += (absx - 0.5) * (std::log(absx + kLanczosG - 0.5) - 1);
    if (x < 0.0) r = kLogPi - std::log(std::fabs(sinpi(absx))) - std::log(absx) - r;
    if (std::isinf(r)) errno = ERANGE;
    return r;
}

double atan2_impl(double y, double x) {
    if (std::isnan(x) || std::isnan(y)) return NAN;
    if (std::isinf(y)) {
        if (std::isinf(x)) return std::copysign(std::copysign(1., x) == 1. ? 0.25 * M_PI : 0.75 * M_PI, y);
        return std::copysign(0.5 * M_PI, y);
    }
    if (std::isinf(x) || y == 0.) return std::copysign(std::copysign(1., x) == 1. ? 0. : M_PI, y);
    return std::atan2(y, x);
}

double remainder_impl(double x, double y) {
    if (std::isfinite(x) && std::isfinite(y)) {
        if (y == 0.0) return NAN;
        double absx = std::fabs(x), absy = std::fabs(y);
        double m = std::fmod(absx, absy);
        // compare m with absy - m rather than with 0.5 * absy, which may be inexact
        double c = absy - m;
        double r;
        if (m < c) {
            r = m;
        } else if (m > c) {
            r = -c;
        } else {
            // halfway: the even multiple wins
            r = m - 2.0 * std::fmod(0.5 * (absx - m), absy);
        }
        return std::copysign(1.0, x) * r;
    }
    if (std::isnan(x)) return x;
    if (std::isnan(y)) return y;
    if (std::isinf(x)) return NAN;
    return x;
}

double log_impl(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return std::log(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

double log2_impl(double x) {
    if (!std::isfinite(x)) {
        if (std::isnan(x) || x > 0.0) return x;
        errno = EDOM;
        return NAN;
    }
    if (x > 0.0) return std::log2(x);
    errno = EDOM;
    return x == 0.0 ? -HUGE_VAL : NAN;
}

double log10_impl(double x) {
    if (std::isfinite(x)) {
        if (x > 0.0) return std::log10(x);
        errno = EDOM;
        return x == 0.0 ? -HUGE_VAL : NAN;
    }
    if (std::isnan(x) || x > 0.0) return x;
    errno = EDOM;
    return NAN;
}

double f_acos(double x) { return std::acos(x); }
double f_acosh(double x) { return std::acosh(x); }
double f_asin(double x) { return std::asin(x); }
double f_asinh(double x) { return std::asinh(x); }
double f_atan(double x) { return std::atan(x); }
double f_atanh(double x) { return std::atanh(x); }
double f_cbrt(double x) { return std::cbrt(x); }
double f_cos(double x) { return std::cos(x); }
double f_cosh(double x) { return std::cosh(x); }
double f_erf(double x) { return std::erf(x); }
double f_erfc(double x) { return std::erfc(x); }
double f_exp(double x) { return std::exp(x); }
double f_exp2(double x) { return std::exp2(x); }
double f_expm1(double x) { return std::expm1(x); }
double f_fabs(double x) { return std::fabs(x); }
double f_log1p(double x) { return std::log1p(x); }
double f_sin(double x) { return std::sin(x); }
double f_sinh(double x) { return std::sinh(x); }
double f_sqrt(double x) { return std::sqrt(x); }
double f_tan(double x) { return std::tan(x); }
double f_tanh(double x) { return std::tanh(x); }
double f_copysign(double x, double y) { return std::copysign(x, y); }

}  // namespace

double acos(double x) { return math_1(x, f_acos, false); }
double acosh(double x) { return math_1(x, f_acosh, false); }
double asin(double x) { return math_1(x, f_asin, false); }
double asinh(double x) { return math_1(x, f_asinh, false); }
double atan(double x) { return math_1(x, f_atan, false); }
double atanh(double x) { return math_1(x, f_atanh, false); }
double cbrt(double x) { return math_1(x, f_cbrt, false); }
double cos(double x) { return math_1(x, f_cos, false); }
double cosh(double x) { return math_1(x, f_cosh, true); }
double erf(double x) { return math_1a(x, f_erf); }
double erfc(double x) { return math_1a(x, f_erfc); }
double exp(double x) { return math_1(x, f_exp, true); }
double exp2(double x) { return math_1(x, f_exp2, true); }
double expm1(double x) { return math_1(x, f_expm1, true); }
double fabs(double x) { return math_1(x, f_fabs, false); }
double gamma(double x) { return math_1a(x, tgamma_impl); }
double lgamma(double x) { return math_1a(x, lgamma_impl); }
double log1p(double x) { return math_1(x, f_log1p, false); }
double sin(double x) { return math_1(x, f_sin, false); }
double sinh(double x) { return math_1(x, f_sinh, true); }
double sqrt(double x) { return math_1(x, f_sqrt, false); }
double tan(double x) { return math_1(x, f_tan, false); }
double tanh(double x) { return math_1(x, f_tanh, false); }

double log(double x) { return math_1(x, log_impl, false); }
double log(double x, double base) {
    double num = log(x);
    double den = log(base);
    return float_div(num, den);
}
double log2(double x) { return math_1(x, log2_impl, false); }
double log10(double x) { return math_1(x, log10_impl, false); }

double atan2(double y, double x) { return math_2(y, x, atan2_impl); }
double copysign(double x, double y) { return math_2(x, y, f_copysign); }
double remainder(double x, double y) { return math_2(x, y, remainder_impl); }

double fmod(double x, double y) {
    if (std::isinf(y) && std::isfinite(x)) return x;
    double r = std::fmod(x, y);
    if (std::isnan(r) && !std::isnan(x) && !std::isnan(y)) domain_error();
    return r;
}

double pow(double x, double y) {
    double r = 0.;
    if (!std::isfinite(x) || !std::isfinite(y)) {
        // IEEE special values, handled here as CPython does
        if (std::isnan(x)) {
            r = y == 0. ? 1. : x;
        } else if (std::isnan(y)) {
            r = x == 1. ? 1. : y;
        } else if (std::isinf(x)) {
            bool odd_y = std::isfinite(y) && std::fmod(std::fabs(y), 2.0) == 1.0;
            if (y > 0.) {
                r = odd_y ? x : std::fabs(x);
            } else if (y == 0.) {
                r = 1.;
            } else {
                r = odd_y ? std::copysign(0., x) : 0.;
            }
        } else {
            if (std::fabs(x) == 1.0) {
                r = 1.;
            } else if (y > 0. && std::fabs(x) > 1.0) {
                r = y;
            } else if (y < 0. && std::fabs(x) < 1.0) {
                r = -y;
            } else {
                r = 0.;
            }
        }
        return r;
    }
    r = std::pow(x, y);
    if (std::isnan(r)) domain_error();
    if (std::isinf(r)) {
        if (x == 0.) domain_error();  // 0.0 ** negative
        range_error();
    }
    return r;
}

double ldexp(double x, i64 i) {
    if (x == 0. || !std::isfinite(x)) return x;
    if (i > INT_MAX) range_error();
    if (i < INT_MIN) return std::copysign(0., x);
    double r = std::ldexp(x, int(i));
    if (std::isinf(r)) range_error();
    return r;
}

double nextafter(double x, double y) { return std::nextafter(x, y); }

double ulp(double x) {
    if (std::isnan(x)) return x;
    x = std::fabs(x);
    if (std::isinf(x)) return x;
    double x2 = std::nextafter(x, INFINITY);
    if (std::isinf(x2)) {
        // the largest float: the gap below it
        x2 = std::nextafter(x, -INFINITY);
        return x - x2;
    }
    return x2 - x;
}

bool isclose(double a, double b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
    if (a == b) return true;
    if (std::isinf(a) || std::isinf(b)) return false;
    double diff = std::fabs(b - a);
    return diff <= std::fabs(rel_tol * b) || diff <= std::fabs(rel_tol * a) || diff <= abs_tol;
}

tuple<double, i64> frexp(double x) {
    if (std::isnan(x) || std::isinf(x) || x == 0.0) return {x, 0};
    int e;
    double m = std::frexp(x, &e);
    return {m, i64(e)};
}

tuple<double, double> modf(double x) {
    if (std::isinf(x)) return {std::copysign(0., x), x};
    if (std::isnan(x)) return {x, x};
    double ip;
    double frac = std::modf(x, &ip);
    return {frac, ip};
}

i64 factorial(i64 n) {
    if (n < 0) raise_value_error("factorial() not defined for negative values");
    i64 r = 1;
    for (i64 i = 2; i <= n; ++i) r = int_mul(r, i);
    return r;
}

i64 isqrt(i64 n) {
    if (n < 0) raise_value_error("isqrt() argument must be nonnegative");
    // a float estimate, then exact integer correction
    i64 a = i64(std::sqrt(double(n)));
    while (a > 0 && (__int128)a * a > n) --a;
    while ((__int128)(a + 1) * (a + 1) <= n) ++a;
    return a;
}

i64 comb(i64 n, i64 k) {
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (k < 0) raise_value_error("k must be a non-negative integer");
    if (k > n) return 0;
    if (k > n - k) k = n - k;
    // after step i, r = comb(n, i + 1), which grows with i: once it leaves 64 bits the result does too
    __int128 r = 1;
    for (i64 i = 0; i < k; ++i) {
        r = r * (n - i) / (i + 1);
        if (r > (__int128)INT64_MAX) raise_int_overflow();
    }
    return i64(r);
}

i64 perm(i64 n, std::optional<i64> k) {
    if (!k) return factorial(n);
    if (n < 0) raise_value_error("n must be a non-negative integer");
    if (*k < 0) raise_value_error("k must be a non-negative integer");
    if (*k > n) return 0;
    i64 r = 1;
    for (i64 i = 0; i < *k; ++i) r = int_mul(r, n - i);
    return r;
}

i64 gcd2(i64 a, i64 b) {
    // unsigned magnitudes: |-2**63| doesn't fit an i64, but gcd(-2**63, 6) == 2 does
    u64 x = a < 0 ? u64(0) - u64(a) : u64(a);
    u64 y = b < 0 ? u64(0) - u64(b) : u64(b);
    while (y != 0) {
        u64 t = x % y;
        x = y;
        y = t;
    }
    if (KRAIT_UNLIKELY(x > u64(INT64_MAX))) raise_int_overflow();
    return i64(x);
}

i64 lcm2(i64 a, i64 b) {
    if (a == 0 || b == 0) return 0;
    return int_abs(int_mul(a / gcd2(a, b), b));
}

double vector_norm(i64 n, double* vec, double max, bool found_nan) {
    const double T27 = 134217729.0;  // 2**27 + 1, Veltkamp-Dekker's splitter
    double x, oldcsum, csum = 1.0, frac1 = 0.0, frac2 = 0.0, frac3 = 0.0;
    if (std::isinf(max)) return max;
    if (found_nan) return NAN;
    if (max == 0.0 || n <= 1) return max;
    int max_e;
    std::frexp(max, &max_e);
    if (max_e >= -1023) {
        // scaled by a power of two into [0.5, 1), squared exactly as hi*hi + 2*hi*lo + lo*lo, and
        // summed with compensation; csum starts at 1.0 so that it always dominates the terms
        double scale = std::ldexp(1.0, -max_e);
        for (i64 i = 0; i < n; i++) {
            x = vec[i] * scale;
            double t = x * T27;
            double hi = t - (t - x);
            double lo = x - hi;
            x = hi * hi;
            oldcsum = csum;
            csum += x;
            frac1 += (oldcsum - csum) + x;
            x = 2.0 * hi * lo;
            oldcsum = csum;
            csum += x;
            frac2 += (oldcsum - csum) + x;
            frac3 += lo * lo;
        }
        double h = std::sqrt(csum - 1.0 + (frac1 + frac2 + frac3));
        // one Newton correction of the square root against the exact sum
        x = h;
        double t = x * T27;
        double hi = t - (t - x);
        double lo = x - hi;
        x = -hi * hi;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
        x = -2.0 * hi * lo;
        oldcsum = csum;
        csum += x;
        frac2 += (oldcsum - csum) + x;
        x = -lo * lo;
        oldcsum = csum;
        csum += x;
        frac3 += (oldcsum - csum) + x;
        x = csum - 1.0 + (frac1 + frac2 + frac3);
        return (h + x / (2.0 * h)) / scale;
    }
    // subnormal max: its reciprocal power of two would overflow, so divide by max instead
    for (i64 i = 0; i < n; i++) {
        x = vec[i] / max;
        x = x * x;
        oldcsum = csum;
        csum += x;
        frac1 += (oldcsum - csum) + x;
    }
    return max * std::sqrt(csum - 1.0 + frac1);
}

double dist_of(std::vector<double>& p, std::vector<double>& q) {
    if (p.size() != q.size()) raise_value_error("both points must have the same number of dimensions");
    double max = 0.0;
    bool found_nan = false;
    std::vector<double> diffs(p.size());
    for (std::size_t i = 0; i < p.size(); ++i) {
        double x = std::fabs(p[i] - q[i]);
        diffs[i] = x;
        found_nan |= std::isnan(x);
        if (x > max) max = x;
    }
    return vector_norm(i64(diffs.size()), diffs.data(), max, found_nan);
}

double fsum_of(const double* values, i64 count) {
    std::vector<double> p;  // partials: non-overlapping, increasing in magnitude
    double special_sum = 0.0, inf_sum = 0.0;
    // volatile: the exact-error terms must not be simplified away or kept in wider registers
    volatile double hi, yr, lo = 0.0;
    for (i64 k = 0; k < count; ++k) {
        double x = values[k];
        double xsave = x;
        std::size_t i = 0;
        for (std::size_t j = 0; j < p.size(); j++) {
            double y = p[j];
            if (std::fabs(x) < std::fabs(y)) std::swap(x, y);
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) p[i++] = lo;
            x = hi;
        }
        p.resize(i);
        if (x != 0.0) {
            if (!std::isfinite(x)) {
                // from an inf or nan summand, or else from overflow of the partials
                if (std::isfinite(xsave)) raise_overflow_error("intermediate overflow in fsum");
                if (std::isinf(xsave)) inf_sum += xsave;
                special_sum += xsave;
                p.clear();
            } else {
                p.push_back(x);
            }
        }
    }
    if (special_sum != 0.0) {
        if (std::isnan(inf_sum)) raise_value_error("-inf + inf in fsum");
        return special_sum;
    }
    hi = 0.0;
    std::size_t n = p.size();
    if (n > 0) {
        hi = p[--n];
        // add the partials from the top while the sum stays exact
        while (n > 0) {
            double x = hi;
            double y = p[--n];
            hi = x + y;
            yr = hi - x;
            lo = y - yr;
            if (lo != 0.0) break;
        }
        // round half-even across partials: the rest may tip a tie
        if (n > 0 && ((lo < 0.0 && p[n - 1] < 0.0) || (lo > 0.0 && p[n - 1] > 0.0))) {
            double y = lo * 2.0;
            double x = hi + y;
            yr = x - hi;
            if (y == yr) hi = x;
        }
    }
    return hi;
}

}  // namespace krait::math
