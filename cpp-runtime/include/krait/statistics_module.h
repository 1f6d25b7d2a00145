// statistics_module.h -- Python's statistics module for lists of ints and floats: mean, variance
// and their relatives computed exactly (as CPython does with Fractions) and rounded once, so the
// results are CPython's to the last bit. StatisticsError is a ValueError printed as CPython
// names it.
#pragma once

#include "krait/builtins.h"
#include "krait/dict.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/math_module.h"

#include <vector>

namespace krait {
/// statistics.StatisticsError, a ValueError; tracebacks name it with its module, as CPython's do.
struct StatisticsError : ValueError {
    using ValueError::ValueError;
    const char* class_name() const override { return "StatisticsError"; }
    const char* module_name() const override { return "statistics"; }
};
}  // namespace krait

namespace krait::statistics {

[[noreturn]] void raise_statistics_error(const char* msg);

/// A number exactly: (-1)**negative * mantissa * 2**exponent, or a non-finite float.
struct Exact {
    u64 mantissa;
    int exponent;
    bool negative;
    bool finite;
    double value;  // the number itself when it is not finite
};
inline Exact exact_of(double x) {
    if (!std::isfinite(x)) return {0, 0, false, false, x};
    if (x == 0) return {0, 0, false, true, x};
    int e;
    double m = std::frexp(std::fabs(x), &e);
    u64 mantissa = u64(std::ldexp(m, 53));
    int tz = __builtin_ctzll(mantissa);  // without trailing zeros the exponent is >= -1074
    return {mantissa >> tz, e - 53 + tz, x < 0, true, x};
}
inline Exact exact_of(i64 x) {
    return {x < 0 ? u64(0) - u64(x) : u64(x), 0, x < 0, true, double(x)};
}
inline Exact exact_of(bool x) { return exact_of(i64(x)); }

/// mean: the exact sum divided by n, rounded once.
double mean_exact(const std::vector<Exact>& xs);
/// The exact sum of squared deviations divided by `divisor_of_n` (n - 1 or n), rounded once
/// (variance, pvariance) or square-rooted and rounded once (stdev, pstdev).
double variance_exact(const std::vector<Exact>& xs, bool population, bool root);

template <class T>
std::vector<Exact> exacts(const list<T>* data) {
    std::vector<Exact> out;
    out.reserve(std::size_t(data->len()));
    for (i64 i = 0; i < data->len(); ++i) out.push_back(exact_of(data->at(i)));
    return out;
}

template <class T>
double mean(const list<T>* data) {
    if (data->len() < 1) raise_statistics_error("mean requires at least one data point");
    return mean_exact(exacts(data));
}
template <class T>
double fmean(const list<T>* data) {
    double total = math::fsum(data);
    if (data->len() == 0) raise_statistics_error("fmean requires at least one data point");
    return total / double(data->len());
}
template <class T>
double variance(const list<T>* data) {
    if (data->len() < 2) raise_statistics_error("variance requires at least two data points");
    return variance_exact(exacts(data), false, false);
}
template <class T>
double pvariance(const list<T>* data) {
    if (data->len() < 1) raise_statistics_error("pvariance requires at least one data point");
    return variance_exact(exacts(data), true, false);
}
template <class T>
double stdev(const list<T>* data) {
    if (data->len() < 2) raise_statistics_error("stdev requires at least two data points");
    return variance_exact(exacts(data), false, true);
}
template <class T>
double pstdev(const list<T>* data) {
    if (data->len() < 1) raise_statistics_error("pstdev requires at least one data point");
    return variance_exact(exacts(data), true, true);
}

/// median of floats: the middle item, or the mean of the two middle ones.
template <class T>
double median(const list<T>* data) {
    list<T>* s = sorted(data);
    i64 n = s->len();
    if (n == 0) raise_statistics_error("no median for empty data");
    if (n % 2 == 1) return s->at(n / 2);
    return (s->at(n / 2 - 1) + s->at(n / 2)) / 2.0;
}
template <class T>
T median_low(const list<T>* data) {
    list<T>* s = sorted(data);
    i64 n = s->len();
    if (n == 0) raise_statistics_error("no median for empty data");
    return n % 2 == 1 ? s->at(n / 2) : s->at(n / 2 - 1);
}
template <class T>
T median_high(const list<T>* data) {
    list<T>* s = sorted(data);
    i64 n = s->len();
    if (n == 0) raise_statistics_error("no median for empty data");
    return s->at(n / 2);
}
/// mode: the most common item; of equally common ones, the first seen (Counter.most_common).
template <class T>
T mode(const list<T>* data) {
    if (data->len() == 0) raise_statistics_error("no mode for empty data");
    dict<T, i64>* counts = dict<T, i64>::make_empty();
    for (i64 i = 0; i < data->len(); ++i) {
        const T& x = data->at(i);
        counts->setitem(x, counts->contains(x) ? counts->getitem(x) + 1 : 1);
    }
    list<T>* keys = counts->keys();
    T best = keys->at(0);
    i64 best_count = counts->getitem(best);
    for (i64 i = 1; i < keys->len(); ++i) {
        i64 c = counts->getitem(keys->at(i));
        if (c > best_count) {
            best = keys->at(i);
            best_count = c;
        }
    }
    return best;
}

/// The functions above of any other iterable (a generator, a dict's values, a tuple): its items
/// as a list first.
template <class C>
auto items_of(const C& xs) {
    if constexpr (std::is_pointer_v<C>) {
        return list_of(xs);
    } else {
        return list_of(&xs);
    }
}
#define KRAIT_STATISTICS_OF(fn) \
    template <class C>          \
    auto fn##_of(const C& xs) { return fn(items_of(xs)); }
KRAIT_STATISTICS_OF(mean)
KRAIT_STATISTICS_OF(fmean)
KRAIT_STATISTICS_OF(variance)
KRAIT_STATISTICS_OF(pvariance)
KRAIT_STATISTICS_OF(stdev)
KRAIT_STATISTICS_OF(pstdev)
KRAIT_STATISTICS_OF(median)
KRAIT_STATISTICS_OF(median_low)
KRAIT_STATISTICS_OF(median_high)
KRAIT_STATISTICS_OF(mode)
#undef KRAIT_STATISTICS_OF

}  // namespace krait::statistics
