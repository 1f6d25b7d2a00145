// colorsys_module.h -- Python's colorsys module: Lib/colorsys.py's formulas, in the same order
// of operations. Where CPython returns an argument itself (rgb_to_hsv's v, hsv_to_rgb's v,
// hls_to_rgb's l when s == 0), an int argument would make an int result whose place depends on
// the values; such calls raise NotImplementedError instead of printing a wrong type.
#pragma once

#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/ops.h"

#include <type_traits>

namespace krait::colorsys {

using rgb = tuple<double, double, double>;

namespace detail {
[[noreturn]] void int_result(const char* function);
template <class T>
inline constexpr bool is_int_v = std::is_same_v<T, i64> || std::is_same_v<T, bool>;
/// Python's max(a, b, c) picks the first of equal maxima; is_int tells its argument's type.
template <class A, class B, class C>
double max3(A a, B b, C c, bool* is_int) {
    double m = double(a);
    *is_int = is_int_v<A>;
    if (double(b) > m) {
        m = double(b);
        *is_int = is_int_v<B>;
    }
    if (double(c) > m) {
        m = double(c);
        *is_int = is_int_v<C>;
    }
    return m;
}
double v(double m1, double m2, double hue);
}  // namespace detail

rgb rgb_to_yiq(double r, double g, double b);
rgb yiq_to_rgb(double y, double i, double q);
rgb rgb_to_hls_of(double r, double g, double b, bool ints);
template <class R, class G, class B>
rgb rgb_to_hls(R r, G g, B b) {
    return rgb_to_hls_of(double(r), double(g), double(b), detail::is_int_v<R> && detail::is_int_v<G> && detail::is_int_v<B>);
}
rgb hls_to_rgb_float(double h, double l, double s);
rgb hsv_to_rgb_float(double h, double s, double v);
/// rgb_to_hsv of floats (and ints where a float is the largest).
rgb rgb_to_hsv_float(double r, double g, double b, double maxc);
/// rgb_to_hsv of three ints: v is an int.
tuple<double, double, i64> rgb_to_hsv_int(i64 r, i64 g, i64 b);

template <class R, class G, class B>
rgb rgb_to_hsv(R r, G g, B b) {
    bool is_int;
    double maxc = detail::max3(r, g, b, &is_int);
    if (is_int) detail::int_result("colorsys.rgb_to_hsv() with an int as the largest of int and float arguments");
    return rgb_to_hsv_float(double(r), double(g), double(b), maxc);
}
template <class H, class L, class S>
rgb hls_to_rgb(H h, L l, S s) {
    if (detail::is_int_v<L> && double(s) == 0.0) detail::int_result("colorsys.hls_to_rgb() with an int l and s == 0");
    return hls_to_rgb_float(double(h), double(l), double(s));
}
template <class H, class S, class V>
rgb hsv_to_rgb(H h, S s, V v) {
    if (detail::is_int_v<V>) detail::int_result("colorsys.hsv_to_rgb() with an int v");
    return hsv_to_rgb_float(double(h), double(s), double(v));
}

}  // namespace krait::colorsys
