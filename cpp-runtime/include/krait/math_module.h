// math_module.h -- Python's math module (the commonly used part), with CPython's errors:
// a domain error raises ValueError("math domain error"), an overflow OverflowError("math range error").
// Results come from the C library, as CPython's do.
#pragma once

#include "krait/core.h"
#include "krait/exceptions.h"

#include <cmath>

namespace krait::math {

[[noreturn]] inline void domain_error() { raise_value_error("math domain error"); }
[[noreturn]] inline void range_error() { raise_overflow_error("math range error"); }

/// A finite result from finite input, or the error CPython gives.
inline double checked(double result, double x) {
    if (KRAIT_UNLIKELY(std::isnan(result) && !std::isnan(x))) domain_error();
    if (KRAIT_UNLIKELY(std::isinf(result) && std::isfinite(x))) range_error();
    return result;
}

inline double sqrt(double x) {
    if (KRAIT_UNLIKELY(x < 0)) domain_error();
    return std::sqrt(x);
}
inline double exp(double x) { return checked(std::exp(x), x); }
inline double log(double x) {
    if (KRAIT_UNLIKELY(x <= 0)) domain_error();
    return std::log(x);
}
inline double log(double x, double base) {
    if (KRAIT_UNLIKELY(x <= 0 || base <= 0 || base == 1)) domain_error();
    return std::log(x) / std::log(base);
}
inline double log10(double x) {
    if (KRAIT_UNLIKELY(x <= 0)) domain_error();
    return std::log10(x);
}
inline double log2(double x) {
    if (KRAIT_UNLIKELY(x <= 0)) domain_error();
    return std::log2(x);
}
inline double sin(double x) { return checked(std::sin(x), x); }
inline double cos(double x) { return checked(std::cos(x), x); }
inline double tan(double x) { return checked(std::tan(x), x); }
inline double asin(double x) { return checked(std::asin(x), x); }
inline double acos(double x) { return checked(std::acos(x), x); }
inline double atan(double x) { return std::atan(x); }
inline double atan2(double y, double x) { return std::atan2(y, x); }
inline double pow(double x, double y) {
    double r = std::pow(x, y);
    if (KRAIT_UNLIKELY(std::isnan(r) && !std::isnan(x) && !std::isnan(y))) domain_error();
    if (KRAIT_UNLIKELY(std::isinf(r) && std::isfinite(x) && std::isfinite(y))) {
        if (x == 0) domain_error();
        range_error();
    }
    return r;
}
inline double fabs(double x) { return std::fabs(x); }
inline double hypot(double x, double y) { return std::hypot(x, y); }
inline double degrees(double x) { return x * (180.0 / M_PI); }
inline double radians(double x) { return x * (M_PI / 180.0); }
inline i64 floor(double x) { return int_of(std::floor(x)); }
inline i64 floor(i64 x) { return x; }
inline i64 ceil(double x) { return int_of(std::ceil(x)); }
inline i64 ceil(i64 x) { return x; }
inline i64 trunc(double x) { return int_of(std::trunc(x)); }
inline bool isnan(double x) { return std::isnan(x); }
inline bool isinf(double x) { return std::isinf(x); }
inline bool isfinite(double x) { return std::isfinite(x); }
inline bool isclose(double a, double b) {
    if (a == b) return true;
    if (std::isinf(a) || std::isinf(b)) return false;
    double diff = std::fabs(b - a);
    return diff <= std::fabs(1e-09 * b) || diff <= std::fabs(1e-09 * a);
}
inline i64 gcd(i64 a, i64 b) {
    a = int_abs(a);
    b = int_abs(b);
    while (b != 0) {
        i64 t = a % b;
        a = b;
        b = t;
    }
    return a;
}
inline i64 factorial(i64 n) {
    if (KRAIT_UNLIKELY(n < 0)) raise_value_error("factorial() not defined for negative values");
    i64 r = 1;
    for (i64 i = 2; i <= n; ++i) r = int_mul(r, i);
    return r;
}

}  // namespace krait::math
