// format.cpp -- repr of ints and floats (CPython's exact output).
#include "krait/format.h"

#include <charconv>
#include <cmath>
#include <cstring>

#include "krait/str.h"
#include "str_impl.h"

namespace krait {

void append_int(std::string& out, i64 v) {
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    out.append(buf, std::size_t(r.ptr - buf));
}

namespace {
// str(n) of the small non-negative ints programs print and concatenate most (status codes,
// counters, indexes), made once each: static data is a root for the collector.
constexpr i64 kSmallIntStrs = 1024;
str* small_int_strs[kSmallIntStrs];
}  // namespace

str* int_repr(i64 v) {
    if (v >= 0 && v < 10) return str::from_ascii_char(static_cast<unsigned char>('0' + v));
    if (v >= 0 && v < kSmallIntStrs) {
        str*& cached = small_int_strs[v];
        if (KRAIT_UNLIKELY(!cached)) {
            char buf[8];
            auto r = std::to_chars(buf, buf + sizeof buf, v);
            cached = str_impl::make(buf, std::size_t(r.ptr - buf), std::size_t(r.ptr - buf));
        }
        return cached;
    }
    char buf[24];
    auto r = std::to_chars(buf, buf + sizeof buf, v);
    std::size_t n = std::size_t(r.ptr - buf);
    return str_impl::make(buf, n, n);
}

namespace detail {
/// Shortest round-trip digits of a finite, non-zero |v|: fills digits
/// (no dot), returns the decimal exponent of the first digit (v = d.ddd * 10^e).
int shortest_digits(double v, char* digits, int& ndigits) {
    char buf[40];
    auto r = std::to_chars(buf, buf + sizeof buf, std::fabs(v), std::chars_format::scientific);
    *r.ptr = '\0';
    // buf looks like "d[.ddd]e[+-]xx"
    ndigits = 0;
    const char* p = buf;
    for (; *p != 'e'; ++p)
        if (*p != '.') digits[ndigits++] = *p;
    return std::atoi(p + 1);
}
}  // namespace detail

void append_float_repr(std::string& out, double v) {
    if (std::isnan(v)) {
        out += "nan";
        return;
    }
    if (std::isinf(v)) {
        out += v > 0 ? "inf" : "-inf";
        return;
    }
    if (v == 0.0) {
        out += std::signbit(v) ? "-0.0" : "0.0";
        return;
    }
    char digits[32];
    int nd;
    int e = detail::shortest_digits(v, digits, nd);
    if (v < 0) out += '-';
    int decpt = e + 1;  // position of the decimal point relative to the digits
    if (decpt > -4 && decpt <= 16) {
        if (decpt <= 0) {
            out += "0.";
            out.append(std::size_t(-decpt), '0');
            out.append(digits, std::size_t(nd));
        } else if (decpt >= nd) {
            out.append(digits, std::size_t(nd));
            out.append(std::size_t(decpt - nd), '0');
            out += ".0";
        } else {
            out.append(digits, std::size_t(decpt));
            out += '.';
            out.append(digits + decpt, std::size_t(nd - decpt));
        }
        return;
    }
    out += digits[0];
    if (nd > 1) {
        out += '.';
        out.append(digits + 1, std::size_t(nd - 1));
    }
    out += 'e';
    out += e < 0 ? '-' : '+';
    int ae = e < 0 ? -e : e;
    if (ae < 10) out += '0';
    append_int(out, ae);
}

str* float_repr(double v) {
    std::string out;
    append_float_repr(out, v);
    return str_impl::make_ascii(out);
}

}  // namespace krait
