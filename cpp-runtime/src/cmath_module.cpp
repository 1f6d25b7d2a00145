// cmath_module.cpp -- the cmath module, following the algorithms of CPython 3.11's
// Modules/cmathmodule.c (re-implemented): scaling to avoid needless overflow and underflow,
// log1p near the unit circle, the branch cuts' signed zeros. Arguments with an infinite or NaN
// part take their results from cmath_tables.inc, which scripts/gen-cmath-tables generates by
// asking CPython, except where CPython computes the signs from the finite part.
#include "krait/cmath_module.h"

#include <cerrno>
#include <cfloat>
#include <cmath>

#include "krait/exceptions.h"

namespace krait::cmath {

namespace {

constexpr double INF_ = HUGE_VAL;
const double NAN_ = std::nan("");

struct SpecialValue {
    double re;
    double im;
    bool raises;
};

#include "cmath_tables.inc"

constexpr double kPi = 3.141592653589793238462643383279502884197;
constexpr double kE = 2.718281828459045235360287471352662497757;
constexpr double kLn2 = 0.6931471805599453094;
constexpr double kLn10 = 2.302585092994045684;
const double kLargeDouble = DBL_MAX / 4.0;
const double kSqrtLargeDouble = std::sqrt(kLargeDouble);
const double kLogLargeDouble = std::log(kLargeDouble);
const double kSqrtDblMin = std::sqrt(DBL_MIN);
constexpr int kScaleUp = 2 * (DBL_MANT_DIG / 2) + 1;
constexpr int kScaleDown = -(kScaleUp + 1) / 2;

enum Error { OK = 0, DOMAIN = 1, RANGE = 2 };

/// The class of a part as the tables index it: -inf, negative, -0.0, +0.0, positive, +inf, nan.
int special_type(double d) {
    if (std::isfinite(d)) {
        if (d != 0) return std::signbit(d) ? 1 : 4;
        return std::signbit(d) ? 2 : 3;
    }
    if (std::isnan(d)) return 6;
    return std::signbit(d) ? 0 : 5;
}

bool special(complex z) { return !std::isfinite(z.re) || !std::isfinite(z.im); }

complex from_table(const SpecialValue (&table)[7][7], complex z, Error& err) {
    const SpecialValue& v = table[special_type(z.re)][special_type(z.im)];
    err = v.raises ? DOMAIN : OK;
    return complex(v.re, v.im);
}

complex raise_or(complex r, Error err) {
    if (err == DOMAIN) raise_value_error("math domain error");
    if (err == RANGE) raise_overflow_error("math range error");
    return r;
}

/// abs(z) without raising: ERANGE when a finite z's modulus overflows.
double c_abs(complex z, Error& err) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
        if (std::isinf(z.re)) return std::fabs(z.re);
        if (std::isinf(z.im)) return std::fabs(z.im);
        return NAN_;
    }
    double r = std::hypot(z.re, z.im);
    if (std::isinf(r)) err = RANGE;
    return r;
}

complex c_sqrt(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(sqrt_special, z, err);
    if (z.re == 0.0 && z.im == 0.0) return complex(0.0, z.im);
    double ax = std::fabs(z.re), ay = std::fabs(z.im), s;
    if (ax < DBL_MIN && ay < DBL_MIN) {
        // hypot(ax, ay) would be subnormal: scale up first
        ax = std::ldexp(ax, kScaleUp);
        s = std::ldexp(std::sqrt(ax + std::hypot(ax, std::ldexp(ay, kScaleUp))), kScaleDown);
    } else {
        ax /= 8.0;
        s = 2.0 * std::sqrt(ax + std::hypot(ax, ay / 8.0));
    }
    double d = ay / (2.0 * s);
    if (z.re >= 0.0) return complex(s, std::copysign(d, z.im));
    return complex(d, std::copysign(s, z.im));
}

complex c_exp(complex z, Error& err) {
    err = OK;
    if (special(z)) {
        complex r;
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
            if (z.re > 0) r = complex(std::copysign(INF_, std::cos(z.im)), std::copysign(INF_, std::sin(z.im)));
            else r = complex(std::copysign(0.0, std::cos(z.im)), std::copysign(0.0, std::sin(z.im)));
        } else {
            r = from_table(exp_special, z, err);
        }
        return r;
    }
    complex r;
    if (z.re > kLogLargeDouble) {
        double l = std::exp(z.re - 1.0);
        r = complex(l * std::cos(z.im) * kE, l * std::sin(z.im) * kE);
    } else {
        double l = std::exp(z.re);
        r = complex(l * std::cos(z.im), l * std::sin(z.im));
    }
    if (std::isinf(r.re) || std::isinf(r.im)) err = RANGE;
    return r;
}

complex c_log(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(log_special, z, err);
    double ax = std::fabs(z.re), ay = std::fabs(z.im), re;
    if (ax > kLargeDouble || ay > kLargeDouble) {
        re = std::log(std::hypot(ax / 2.0, ay / 2.0)) + kLn2;
    } else if (ax < DBL_MIN && ay < DBL_MIN) {
        if (ax > 0.0 || ay > 0.0) {
            // hypot(ax, ay) would be subnormal
            re = std::log(std::hypot(std::ldexp(ax, DBL_MANT_DIG), std::ldexp(ay, DBL_MANT_DIG))) - DBL_MANT_DIG * kLn2;
        } else {
            err = DOMAIN;
            return complex(-INF_, std::atan2(z.im, z.re));
        }
    } else {
        double h = std::hypot(ax, ay);
        if (0.71 <= h && h <= 1.73) {
            double am = ax > ay ? ax : ay;
            double an = ax > ay ? ay : ax;
            re = std::log1p((am - 1) * (am + 1) + an * an) / 2.0;
        } else {
            re = std::log(h);
        }
    }
    return complex(re, std::atan2(z.im, z.re));
}

complex c_cosh(complex z, Error& err) {
    err = OK;
    if (special(z)) {
        complex r;
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
            if (z.re > 0) r = complex(std::copysign(INF_, std::cos(z.im)), std::copysign(INF_, std::sin(z.im)));
            else r = complex(std::copysign(INF_, std::cos(z.im)), -std::copysign(INF_, std::sin(z.im)));
        } else {
            r = from_table(cosh_special, z, err);
        }
        return r;
    }
    complex r;
    if (std::fabs(z.re) > kLogLargeDouble) {
        // cosh(x) overflows where cosh(z) need not
        double x_minus_one = z.re - std::copysign(1.0, z.re);
        r = complex(std::cos(z.im) * std::cosh(x_minus_one) * kE, std::sin(z.im) * std::sinh(x_minus_one) * kE);
    } else {
        r = complex(std::cos(z.im) * std::cosh(z.re), std::sin(z.im) * std::sinh(z.re));
    }
    if (std::isinf(r.re) || std::isinf(r.im)) err = RANGE;
    return r;
}

complex c_sinh(complex z, Error& err) {
    err = OK;
    if (special(z)) {
        complex r;
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
            if (z.re > 0) r = complex(std::copysign(INF_, std::cos(z.im)), std::copysign(INF_, std::sin(z.im)));
            else r = complex(-std::copysign(INF_, std::cos(z.im)), std::copysign(INF_, std::sin(z.im)));
        } else {
            r = from_table(sinh_special, z, err);
        }
        return r;
    }
    complex r;
    if (std::fabs(z.re) > kLogLargeDouble) {
        double x_minus_one = z.re - std::copysign(1.0, z.re);
        r = complex(std::cos(z.im) * std::sinh(x_minus_one) * kE, std::sin(z.im) * std::cosh(x_minus_one) * kE);
    } else {
        r = complex(std::cos(z.im) * std::sinh(z.re), std::sin(z.im) * std::cosh(z.re));
    }
    if (std::isinf(r.re) || std::isinf(r.im)) err = RANGE;
    return r;
}

complex c_tanh(complex z, Error& err) {
    err = OK;
    if (special(z)) {
        if (std::isinf(z.re) && std::isfinite(z.im) && z.im != 0.0) {
            double im = std::copysign(0.0, 2.0 * std::sin(z.im) * std::cos(z.im));
            return complex(z.re > 0 ? 1.0 : -1.0, im);
        }
        return from_table(tanh_special, z, err);
    }
    if (std::fabs(z.re) > kLogLargeDouble) {
        // 2 * z.re would overflow
        return complex(std::copysign(1.0, z.re), 4.0 * std::sin(z.im) * std::cos(z.im) * std::exp(-2.0 * std::fabs(z.re)));
    }
    double tx = std::tanh(z.re);
    double ty = std::tan(z.im);
    double cx = 1.0 / std::cosh(z.re);
    double txty = tx * ty;
    double denom = 1.0 + txty * txty;
    return complex(tx * (1.0 + ty * ty) / denom, ((ty / denom) * cx) * cx);
}

complex c_asinh(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(asinh_special, z, err);
    if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
        double re;
        if (z.im >= 0.0) re = std::copysign(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, z.re);
        else re = -std::copysign(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, -z.re);
        return complex(re, std::atan2(z.im, std::fabs(z.re)));
    }
    Error ignored;
    complex s1 = c_sqrt(complex(1.0 + z.im, -z.re), ignored);
    complex s2 = c_sqrt(complex(1.0 - z.im, z.re), ignored);
    return complex(std::asinh(s1.re * s2.im - s2.re * s1.im), std::atan2(z.im, s1.re * s2.re - s1.im * s2.im));
}

complex c_acos(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(acos_special, z, err);
    if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
        double re = std::atan2(std::fabs(z.im), z.re);
        double im;
        if (z.re < 0.0) im = -std::copysign(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, z.im);
        else im = std::copysign(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, -z.im);
        return complex(re, im);
    }
    Error ignored;
    complex s1 = c_sqrt(complex(1.0 - z.re, -z.im), ignored);
    complex s2 = c_sqrt(complex(1.0 + z.re, z.im), ignored);
    return complex(2.0 * std::atan2(s1.re, s2.re), std::asinh(s2.re * s1.im - s2.im * s1.re));
}

complex c_acosh(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(acosh_special, z, err);
    if (std::fabs(z.re) > kLargeDouble || std::fabs(z.im) > kLargeDouble) {
        return complex(std::log(std::hypot(z.re / 2.0, z.im / 2.0)) + kLn2 * 2.0, std::atan2(z.im, z.re));
    }
    Error ignored;
    complex s1 = c_sqrt(complex(z.re - 1.0, z.im), ignored);
    complex s2 = c_sqrt(complex(z.re + 1.0, z.im), ignored);
    return complex(std::asinh(s1.re * s2.re + s1.im * s2.im), 2.0 * std::atan2(s1.im, s2.re));
}

complex c_atanh(complex z, Error& err) {
    err = OK;
    if (special(z)) return from_table(atanh_special, z, err);
    if (z.re < 0.0) {
        // atanh(z) = -atanh(-z)
        return complex_neg(c_atanh(complex_neg(z), err));
    }
    double ay = std::fabs(z.im);
    if (z.re > kSqrtLargeDouble || ay > kSqrtLargeDouble) {
        // atanh(z) is about 1/z +- i*pi/2 for a large z
        double h = std::hypot(z.re / 2.0, z.im / 2.0);
        return complex(z.re / 4.0 / h / h, -std::copysign(kPi / 2.0, -z.im));
    }
    if (z.re == 1.0 && ay < kSqrtDblMin) {
        if (ay == 0.0) {
            err = DOMAIN;
            return complex(INF_, z.im);
        }
        return complex(-std::log(std::sqrt(ay) / std::sqrt(std::hypot(ay, 2.0))),
                       std::copysign(std::atan2(2.0, -ay) / 2, z.im));
    }
    return complex(std::log1p(4.0 * z.re / ((1 - z.re) * (1 - z.re) + ay * ay)) / 4.0,
                   -std::atan2(-2.0 * z.im, (1 - z.re) * (1 + z.re) - ay * ay) / 2.0);
}

/// i*z and back: sin, tan, asin and atan through their hyperbolic twins.
complex times_i(complex z) { return complex(-z.im, z.re); }
complex times_minus_i(complex z) { return complex(z.im, -z.re); }

}  // namespace

complex sqrt(complex z) {
    Error err;
    complex r = c_sqrt(z, err);
    return raise_or(r, err);
}

complex exp(complex z) {
    Error err;
    complex r = c_exp(z, err);
    return raise_or(r, err);
}

complex log(complex z) {
    Error err;
    complex r = c_log(z, err);
    return raise_or(r, err);
}

complex log(complex z, complex base) {
    // as CPython: only the base's logarithm and the division decide the error
    Error ignored, err;
    complex x = c_log(z, ignored);
    complex y = c_log(base, err);
    bool zero = std::fabs(y.re) == 0.0 && std::fabs(y.im) == 0.0;
    if (zero) err = DOMAIN;
    if (err != OK) return raise_or(x, err);
    return complex_div(x, y);
}

complex log10(complex z) {
    Error err;
    complex r = c_log(z, err);
    return raise_or(complex(r.re / kLn10, r.im / kLn10), err);
}

complex sinh(complex z) {
    Error err;
    complex r = c_sinh(z, err);
    return raise_or(r, err);
}

complex cosh(complex z) {
    Error err;
    complex r = c_cosh(z, err);
    return raise_or(r, err);
}

complex tanh(complex z) {
    Error err;
    complex r = c_tanh(z, err);
    return raise_or(r, err);
}

complex sin(complex z) {
    Error err;
    complex r = c_sinh(times_i(z), err);
    return raise_or(times_minus_i(r), err);
}

complex cos(complex z) {
    Error err;
    complex r = c_cosh(times_i(z), err);
    return raise_or(r, err);
}

complex tan(complex z) {
    Error err;
    complex r = c_tanh(times_i(z), err);
    return raise_or(times_minus_i(r), err);
}

complex asinh(complex z) {
    Error err;
    complex r = c_asinh(z, err);
    return raise_or(r, err);
}

complex acos(complex z) {
    Error err;
    complex r = c_acos(z, err);
    return raise_or(r, err);
}

complex acosh(complex z) {
    Error err;
    complex r = c_acosh(z, err);
    return raise_or(r, err);
}

complex atanh(complex z) {
    Error err;
    complex r = c_atanh(z, err);
    return raise_or(r, err);
}

complex asin(complex z) {
    Error err;
    complex r = c_asinh(times_i(z), err);
    return raise_or(times_minus_i(r), err);
}

complex atan(complex z) {
    Error err;
    complex r = c_atanh(times_i(z), err);
    return raise_or(times_minus_i(r), err);
}

namespace {
/// CPython's c_atan2: atan2 with its own answers for NaN and infinite parts.
double c_atan2(complex z) {
    if (std::isnan(z.re) || std::isnan(z.im)) return NAN_;
    if (std::isinf(z.im)) {
        if (std::isinf(z.re)) {
            if (!std::signbit(z.re)) return std::copysign(0.25 * kPi, z.im);
            return std::copysign(0.75 * kPi, z.im);
        }
        return std::copysign(0.5 * kPi, z.im);
    }
    if (std::isinf(z.re) || z.im == 0.0) {
        if (!std::signbit(z.re)) return std::copysign(0.0, z.im);
        return std::copysign(kPi, z.im);
    }
    return std::atan2(z.im, z.re);
}
}  // namespace

double phase(complex z) {
    // CPython reads errno after atan2: an underflowing result raises OverflowError there
    errno = 0;
    double phi = c_atan2(z);
    if (errno == EDOM) raise_value_error("math domain error");
    if (errno == ERANGE) raise_overflow_error("math range error");
    return phi;
}

tuple<double, double> polar(complex z) {
    double phi = c_atan2(z);
    Error err = OK;
    double r = c_abs(z, err);
    if (err != OK) raise_overflow_error("math range error");
    return {r, phi};
}

complex rect(double r, double phi) {
    if (!std::isfinite(r) || !std::isfinite(phi)) {
        complex z;
        if (std::isinf(r) && std::isfinite(phi) && phi != 0.0) {
            if (r > 0) z = complex(std::copysign(INF_, std::cos(phi)), std::copysign(INF_, std::sin(phi)));
            else z = complex(-std::copysign(INF_, std::cos(phi)), -std::copysign(INF_, std::sin(phi)));
        } else {
            Error err;
            z = from_table(rect_special, complex(r, phi), err);
        }
        // a nonzero r with an infinite phi is a domain error
        if (r != 0.0 && !std::isnan(r) && std::isinf(phi)) raise_value_error("math domain error");
        return z;
    }
    if (phi == 0.0) return complex(r, r * phi);
    return complex(r * std::cos(phi), r * std::sin(phi));
}

bool isclose(complex a, complex b, double rel_tol, double abs_tol) {
    if (rel_tol < 0.0 || abs_tol < 0.0) raise_value_error("tolerances must be non-negative");
    if (a.re == b.re && a.im == b.im) return true;
    if (std::isinf(a.re) || std::isinf(a.im) || std::isinf(b.re) || std::isinf(b.im)) return false;
    Error ignored = OK;
    double diff = c_abs(complex_sub(a, b), ignored);
    return diff <= rel_tol * c_abs(b, ignored) || diff <= rel_tol * c_abs(a, ignored) || diff <= abs_tol;
}

}  // namespace krait::cmath
