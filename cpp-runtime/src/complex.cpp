// complex.cpp -- complex division, powers, abs, hash, repr and parsing, as CPython 3.11's
// Objects/complexobject.c computes them (re-implemented from its documented behaviour).
#include "krait/complex.h"

#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "krait/format.h"
#include "krait/ops.h"
#include "krait/str.h"
#include "unicode.h"

namespace krait {

namespace {
/// The quotient without the check for a zero divisor (which the caller makes); nan parts when a
/// divisor's part is a NaN.
complex quotient(complex a, complex b, bool& zero) {
    zero = false;
    double abs_re = std::fabs(b.re), abs_im = std::fabs(b.im);
    if (abs_re >= abs_im) {
        if (abs_re == 0.0) {
            zero = true;
            return complex(0.0, 0.0);
        }
        double ratio = b.im / b.re;
        double denom = b.re + b.im * ratio;
        return complex((a.re + a.im * ratio) / denom, (a.im - a.re * ratio) / denom);
    }
    if (abs_im >= abs_re) {
        double ratio = b.re / b.im;
        double denom = b.re * ratio + b.im;
        return complex((a.re * ratio + a.im) / denom, (a.im * ratio - a.re) / denom);
    }
    double nan = std::nan("");
    return complex(nan, nan);
}

/// a ** n for n >= 0 by repeated squaring, multiplying as complex_mul does.
complex power_unsigned(complex x, i64 n) {
    complex r(1.0, 0.0), p = x;
    for (i64 mask = 1; mask > 0 && n >= mask; mask <<= 1) {
        if (n & mask) r = complex_mul(r, p);
        p = complex_mul(p, p);
    }
    return r;
}

complex power_general(complex a, complex b, bool& domain) {
    if (b.re == 0.0 && b.im == 0.0) return complex(1.0, 0.0);
    if (a.re == 0.0 && a.im == 0.0) {
        if (b.im != 0.0 || b.re < 0.0) domain = true;
        return complex(0.0, 0.0);
    }
    double vabs = std::hypot(a.re, a.im);
    double len = std::pow(vabs, b.re);
    double at = std::atan2(a.im, a.re);
    double phase = at * b.re;
    if (b.im != 0.0) {
        len /= std::exp(at * b.im);
        phase += b.im * std::log(vabs);
    }
    // CPython's errno after cos/sin of an infinite phase (glibc's domain error) raises ZeroDivisionError
    if (std::isinf(phase)) domain = true;
    return complex(len * std::cos(phase), len * std::sin(phase));
}
}  // namespace

complex complex_div(complex a, complex b) {
    bool zero;
    complex r = quotient(a, b, zero);
    if (KRAIT_UNLIKELY(zero)) raise_zero_division("complex division by zero");
    return r;
}

complex complex_pow(complex a, complex b) {
    bool domain = false;
    complex r;
    double whole = std::trunc(b.re);
    if (b.im == 0.0 && b.re == whole && std::fabs(whole) <= 100.0) {
        i64 n = i64(whole);
        if (n >= 0) {
            r = power_unsigned(a, n);
        } else {
            bool zero;
            r = quotient(complex(1.0, 0.0), power_unsigned(a, -n), zero);
            domain = zero;
        }
    } else {
        r = power_general(a, b, domain);
    }
    if (KRAIT_UNLIKELY(domain)) raise_zero_division("0.0 to a negative or complex power");
    if (KRAIT_UNLIKELY(std::isinf(r.re) || std::isinf(r.im))) raise_overflow_error("complex exponentiation");
    return r;
}

double complex_abs(complex z) {
    if (!std::isfinite(z.re) || !std::isfinite(z.im)) {
        if (std::isinf(z.re)) return std::fabs(z.re);
        if (std::isinf(z.im)) return std::fabs(z.im);
        return std::nan("");
    }
    double r = std::hypot(z.re, z.im);
    if (KRAIT_UNLIKELY(std::isinf(r))) raise_overflow_error("absolute value too large");
    return r;
}

i64 complex_hash(complex z) {
    u64 h = u64(float_hash(z.re)) + u64(1000003) * u64(float_hash(z.im));
    if (h == u64(-1)) h = u64(-2);
    return i64(h);
}

void append_complex_repr(std::string& out, complex z) {
    auto part = [&out](double v, bool sign) {
        std::size_t at = out.size();
        append_float_repr(out, v);
        if (out.size() - at > 2 && out.compare(out.size() - 2, 2, ".0") == 0) out.resize(out.size() - 2);
        if (sign && out[at] != '-') out.insert(at, 1, '+');
    };
    if (z.re == 0.0 && !std::signbit(z.re)) {
        part(z.im, false);
        out += 'j';
        return;
    }
    out += '(';
    part(z.re, false);
    part(z.im, true);
    out += "j)";
}

str* complex_repr(complex z) {
    std::string out;
    append_complex_repr(out, z);
    return str::from_utf8(out);
}

str* format_complex_parts(double re, double im, str* spec);

str* format_complex(complex z, str* spec) {
    if (!spec || spec->nbytes() == 0) return complex_repr(z);
    return format_complex_parts(z.re, z.im, spec);
}

namespace {
[[noreturn]] void malformed() { raise_value_error("complex() arg is a malformed string"); }

/// A float at p as float() reads one (sign, digits, '.', exponent, inf, infinity, nan): its
/// length, 0 if there is none.
std::size_t float_prefix(const char* p, double& value) {
    const char* s = p;
    if (*s == '+' || *s == '-') ++s;
    auto word = [&](const char* w) {
        std::size_t n = std::strlen(w);
        for (std::size_t i = 0; i < n; ++i)
            if ((s[i] | 0x20) != w[i]) return false;
        return true;
    };
    const char* end = nullptr;
    if (word("infinity")) end = s + 8;
    else if (word("inf")) end = s + 3;
    else if (word("nan")) end = s + 3;
    if (end) {
        bool negative = *p == '-';
        value = (s[0] | 0x20) == 'n' ? std::nan("") : HUGE_VAL;
        if (negative) value = -value;
        return std::size_t(end - p);
    }
    const char* q = s;
    bool digits = false;
    while (*q >= '0' && *q <= '9') ++q, digits = true;
    if (*q == '.') {
        ++q;
        while (*q >= '0' && *q <= '9') ++q, digits = true;
    }
    if (!digits) return 0;
    if (*q == 'e' || *q == 'E') {
        const char* e = q + 1;
        if (*e == '+' || *e == '-') ++e;
        if (*e >= '0' && *e <= '9') {
            while (*e >= '0' && *e <= '9') ++e;
            q = e;
        }
    }
    value = std::strtod(std::string(p, std::size_t(q - p)).c_str(), nullptr);  // glibc: correctly rounded
    return std::size_t(q - p);
}

bool is_space(char c) { return c == ' ' || (c >= '\t' && c <= '\r'); }

/// Drops the underscores of text, false unless each stands between two digits.
bool strip_underscores(std::string& text) {
    std::string plain;
    char prev = 0;
    for (char c : text) {
        if (c == '_') {
            if (!(prev >= '0' && prev <= '9')) return false;
        } else {
            if (prev == '_' && !(c >= '0' && c <= '9')) return false;
            plain += c;
        }
        prev = c;
    }
    if (prev == '_') return false;
    text = plain;
    return true;
}
}  // namespace

complex complex_of(str* s) {
    // Unicode digits and spaces become ASCII ones first, as CPython does
    std::string text;
    const char* data = s->data();
    std::size_t n = std::size_t(s->nbytes());
    for (std::size_t i = 0; i < n;) {
        int len;
        std::uint32_t cp = unicode::decode(data + i, len);
        i += std::size_t(len);
        if (cp == 0) malformed();
        if (cp < 0x80) text += char(cp);
        else if (unicode::is_space(cp)) text += ' ';
        else if (int d = unicode::decimal_value(cp); d >= 0) text += char('0' + d);
        else malformed();
    }
    if (text.find('_') != std::string::npos && !strip_underscores(text)) {
        std::string msg = "could not convert string to complex: ";
        append_str_repr(msg, s);
        raise_value_error(str::from_utf8(msg));
    }
    const char* p = text.c_str();
    while (is_space(*p)) ++p;
    bool bracket = false;
    if (*p == '(') {
        bracket = true;
        ++p;
        while (is_space(*p)) ++p;
    }
    double x = 0.0, y = 0.0, z;
    if (std::size_t k = float_prefix(p, z)) {
        p += k;
        if (*p == '+' || *p == '-') {
            x = z;
            if (std::size_t k2 = float_prefix(p, y)) {
                p += k2;
            } else {
                y = *p == '+' ? 1.0 : -1.0;
                ++p;
            }
            if (*p != 'j' && *p != 'J') malformed();
            ++p;
        } else if (*p == 'j' || *p == 'J') {
            ++p;
            y = z;
        } else {
            x = z;
        }
    } else {
        if (*p == '+' || *p == '-') {
            y = *p == '+' ? 1.0 : -1.0;
            ++p;
        } else {
            y = 1.0;
        }
        if (*p != 'j' && *p != 'J') malformed();
        ++p;
    }
    while (is_space(*p)) ++p;
    if (bracket) {
        if (*p != ')') malformed();
        ++p;
        while (is_space(*p)) ++p;
    }
    if (*p != '\0') malformed();
    return complex(x, y);
}

}  // namespace krait
