// colorsys_module.cpp -- Lib/colorsys.py's conversions (see colorsys_module.h).
#include "krait/colorsys_module.h"

namespace krait::colorsys {

namespace {
const double ONE_THIRD = 1.0 / 3.0;
const double ONE_SIXTH = 1.0 / 6.0;
const double TWO_THIRD = 2.0 / 3.0;
}  // namespace

void detail::int_result(const char* function) {
    std::string msg = std::string(function) + " returns an int in CPython; Krait supports it with floats only";
    throw gc_new<NotImplementedError>(str::from_utf8(msg));
}

rgb rgb_to_yiq(double r, double g, double b) {
    double y = 0.30 * r + 0.59 * g + 0.11 * b;
    double i = 0.74 * (r - y) - 0.27 * (b - y);
    double q = 0.48 * (r - y) + 0.41 * (b - y);
    return {y, i, q};
}

rgb yiq_to_rgb(double y, double i, double q) {
    double r = y + 0.9468822170900693 * i + 0.6235565819861433 * q;
    double g = y - 0.27478764629897834 * i - 0.6356910791873801 * q;
    double b = y - 1.1085450346420322 * i + 1.7090069284064666 * q;
    if (r < 0.0) r = 0.0;
    if (g < 0.0) g = 0.0;
    if (b < 0.0) b = 0.0;
    if (r > 1.0) r = 1.0;
    if (g > 1.0) g = 1.0;
    if (b > 1.0) b = 1.0;
    return {r, g, b};
}

namespace {
/// a / b with the ZeroDivisionError message of the operand types CPython divided
double divide(double a, double b, bool ints) {
    if (b == 0.0) raise_zero_division(ints ? "division by zero" : "float division by zero");
    return a / b;
}
}  // namespace

rgb rgb_to_hls_of(double r, double g, double b, bool ints) {
    double maxc = r, minc = r;
    if (g > maxc) maxc = g;
    if (b > maxc) maxc = b;
    if (g < minc) minc = g;
    if (b < minc) minc = b;
    double sumc = maxc + minc;
    double rangec = maxc - minc;
    double l = sumc / 2.0;
    if (minc == maxc) return {0.0, l, 0.0};
    double s = l <= 0.5 ? divide(rangec, sumc, ints) : divide(rangec, 2.0 - maxc - minc, false);  // not 2.0 - sumc: gh-106498
    double rc = (maxc - r) / rangec;
    double gc = (maxc - g) / rangec;
    double bc = (maxc - b) / rangec;
    double h;
    if (r == maxc) h = bc - gc;
    else if (g == maxc) h = 2.0 + rc - bc;
    else h = 4.0 + gc - rc;
    h = float_mod(h / 6.0, 1.0);
    return {h, l, s};
}

double detail::v(double m1, double m2, double hue) {
    hue = float_mod(hue, 1.0);
    if (hue < ONE_SIXTH) return m1 + (m2 - m1) * hue * 6.0;
    if (hue < 0.5) return m2;
    if (hue < TWO_THIRD) return m1 + (m2 - m1) * (TWO_THIRD - hue) * 6.0;
    return m1;
}

rgb hls_to_rgb_float(double h, double l, double s) {
    if (s == 0.0) return {l, l, l};
    double m2 = l <= 0.5 ? l * (1.0 + s) : l + s - (l * s);
    double m1 = 2.0 * l - m2;
    return {detail::v(m1, m2, h + ONE_THIRD), detail::v(m1, m2, h), detail::v(m1, m2, h - ONE_THIRD)};
}

rgb rgb_to_hsv_float(double r, double g, double b, double maxc) {
    double minc = r;
    if (g < minc) minc = g;
    if (b < minc) minc = b;
    double rangec = maxc - minc;
    double v = maxc;
    if (minc == maxc) return {0.0, 0.0, v};
    double s = float_div(rangec, maxc);
    double rc = (maxc - r) / rangec;
    double gc = (maxc - g) / rangec;
    double bc = (maxc - b) / rangec;
    double h;
    if (r == maxc) h = bc - gc;
    else if (g == maxc) h = 2.0 + rc - bc;
    else h = 4.0 + gc - rc;
    h = float_mod(h / 6.0, 1.0);
    return {h, s, v};
}

tuple<double, double, i64> rgb_to_hsv_int(i64 r, i64 g, i64 b) {
    i64 maxc = r, minc = r;
    if (g > maxc) maxc = g;
    if (b > maxc) maxc = b;
    if (g < minc) minc = g;
    if (b < minc) minc = b;
    if (minc == maxc) return {0.0, 0.0, maxc};
    i64 rangec = int_sub(maxc, minc);
    double s = int_truediv(rangec, maxc);
    double rc = int_truediv(int_sub(maxc, r), rangec);
    double gc = int_truediv(int_sub(maxc, g), rangec);
    double bc = int_truediv(int_sub(maxc, b), rangec);
    double h;
    if (r == maxc) h = bc - gc;
    else if (g == maxc) h = 2.0 + rc - bc;
    else h = 4.0 + gc - rc;
    h = float_mod(h / 6.0, 1.0);
    return {h, s, maxc};
}

rgb hsv_to_rgb_float(double h, double s, double v) {
    if (s == 0.0) return {v, v, v};
    i64 i = int_of(h * 6.0);  // truncates, as int() does
    double f = (h * 6.0) - double(i);
    double p = v * (1.0 - s);
    double q = v * (1.0 - s * f);
    double t = v * (1.0 - s * (1.0 - f));
    i = int_mod(i, 6);
    switch (i) {
        case 0: return {v, t, p};
        case 1: return {q, v, p};
        case 2: return {p, v, t};
        case 3: return {p, q, v};
        case 4: return {t, p, v};
        default: return {v, p, q};
    }
}

}  // namespace krait::colorsys
