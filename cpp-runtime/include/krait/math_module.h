// math_module.h -- Python's math module (all of CPython 3.11's functions and constants), with
// CPython's errors: a domain error or a singularity raises ValueError("math domain error"), an
// overflow OverflowError("math range error"), an int result beyond 64 bits Krait's int
// OverflowError. Results come from the C library where CPython's do, and from the same
// algorithms where CPython has its own (fsum, hypot/dist, gamma, lgamma, remainder...).
#pragma once

#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/ops.h"

#include <cmath>
#include <optional>
#include <vector>

namespace krait::math {

[[noreturn]] void domain_error();
[[noreturn]] void range_error();

// ---- one-argument float functions (CPython's math_1: NaN from non-NaN is a domain error, an
// infinity from a finite argument an overflow or a singularity, then errno) ----
double acos(double x);
double acosh(double x);
double asin(double x);
double asinh(double x);
double atan(double x);
double atanh(double x);
double cbrt(double x);
double cos(double x);
double cosh(double x);
double erf(double x);
double erfc(double x);
double exp(double x);
double exp2(double x);
double expm1(double x);
double fabs(double x);
double gamma(double x);
double lgamma(double x);
double log1p(double x);
double sin(double x);
double sinh(double x);
double sqrt(double x);
double tan(double x);
double tanh(double x);

double log(double x);
double log(double x, double base);
double log2(double x);
double log10(double x);

// ---- two-argument float functions ----
double atan2(double y, double x);
double copysign(double x, double y);
double remainder(double x, double y);
double fmod(double x, double y);
double pow(double x, double y);
double ldexp(double x, i64 i);
double nextafter(double x, double y);
double ulp(double x);

inline double degrees(double x) { return x * (180.0 / M_PI); }
inline double radians(double x) { return x * (M_PI / 180.0); }
inline bool isnan(double x) { return std::isnan(x); }
inline bool isinf(double x) { return std::isinf(x); }
inline bool isfinite(double x) { return std::isfinite(x); }
bool isclose(double a, double b, double rel_tol = 1e-09, double abs_tol = 0.0);

tuple<double, i64> frexp(double x);
tuple<double, double> modf(double x);

// ---- float to int ----
inline i64 floor(double x) { return int_of(std::floor(x)); }
inline i64 floor(i64 x) { return x; }
inline i64 floor(bool x) { return x; }
inline i64 ceil(double x) { return int_of(std::ceil(x)); }
inline i64 ceil(i64 x) { return x; }
inline i64 ceil(bool x) { return x; }
inline i64 trunc(double x) { return int_of(x); }
inline i64 trunc(i64 x) { return x; }
inline i64 trunc(bool x) { return x; }

// ---- integer functions ----
i64 factorial(i64 n);
i64 isqrt(i64 n);
i64 comb(i64 n, i64 k);
i64 perm(i64 n, std::optional<i64> k = std::nullopt);
i64 gcd2(i64 a, i64 b);
i64 lcm2(i64 a, i64 b);

/// gcd(*integers): 0 without arguments, |a| for one.
inline i64 gcd() { return 0; }
template <class... R>
i64 gcd(i64 a, R... rest) {
    if constexpr (sizeof...(rest) == 0) return int_abs(a);
    i64 r = a;  // gcd2 takes signed arguments (gcd(-2**63, 6) is 2)
    ((r = gcd2(r, i64(rest))), ...);
    return r;
}
/// lcm(*integers): 1 without arguments.
inline i64 lcm() { return 1; }
template <class... R>
i64 lcm(i64 a, R... rest) {
    i64 r = int_abs(a);
    ((r = lcm2(r, i64(rest))), ...);
    return r;
}

// ---- sequences ----
/// CPython's vector_norm: the Euclidean norm of |values|, `max` their largest, accurately rounded.
double vector_norm(i64 n, double* values, double max, bool found_nan);

template <class... A>
double hypot(A... coordinates) {
    double values[sizeof...(A) + 1] = {std::fabs(double(coordinates))...};
    double max = 0.0;
    bool found_nan = false;
    for (std::size_t i = 0; i < sizeof...(A); ++i) {
        found_nan |= std::isnan(values[i]);
        if (values[i] > max) max = values[i];
    }
    return vector_norm(i64(sizeof...(A)), values, max, found_nan);
}

namespace detail {
template <class T>
void coordinates(const list<T>* l, std::vector<double>& out) {
    for (i64 i = 0; i < l->len(); ++i) out.push_back(double(l->at(i)));
}
template <class... T>
void coordinates(const tuple<T...>& t, std::vector<double>& out) {
    std::apply([&](const auto&... x) { (out.push_back(double(x)), ...); }, t);
}
}  // namespace detail

double dist_of(std::vector<double>& p, std::vector<double>& q);

/// dist(p, q) over lists or tuples of numbers.
template <class P, class Q>
double dist(const P& p, const Q& q) {
    std::vector<double> ps, qs;
    detail::coordinates(p, ps);
    detail::coordinates(q, qs);
    return dist_of(ps, qs);
}

double fsum_of(const double* values, i64 n);

/// fsum(iterable): Shewchuk's exact partial sums, rounded once, as CPython computes it.
template <class T>
double fsum(const list<T>* xs) {
    std::vector<double> values;
    values.reserve(std::size_t(xs->len()));
    for (i64 i = 0; i < xs->len(); ++i) values.push_back(double(xs->at(i)));
    return fsum_of(values.data(), i64(values.size()));
}

/// prod(iterable, start=1) of ints: checked 64-bit products.
template <class T>
i64 prod_int(const list<T>* xs, i64 start) {
    i64 r = start;
    for (i64 i = 0; i < xs->len(); ++i) r = int_mul(r, i64(xs->at(i)));
    return r;
}
/// prod of floats (or ints with a float start): float products from left to right.
template <class T>
double prod_float(const list<T>* xs, double start) {
    double r = start;
    for (i64 i = 0; i < xs->len(); ++i) r *= double(xs->at(i));
    return r;
}

}  // namespace krait::math
