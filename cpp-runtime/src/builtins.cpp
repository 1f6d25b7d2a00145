// builtins.cpp -- int()/float() parsing, round, divmod, pow, bin/oct/hex.
#include "krait/builtins.h"

#include <cerrno>
#include <cmath>
#include <cstdlib>
#include <cstring>
#include <string>

#include "str_impl.h"
#include "unicode.h"

namespace krait {

namespace {

/// CPython's _PyUnicode_TransformDecimalAndSpaceToASCII: Unicode decimal
/// digits become ASCII digits, Unicode whitespace becomes ' ', any other
/// non-ASCII character becomes '?' (invalid everywhere). Then strips spaces.
std::string ascii_number_text(const str* s) {
    std::string out;
    const char* p = s->data();
    std::size_t n = std::size_t(s->nbytes());
    if (s->is_ascii() && std::memchr(p, 0, n) == nullptr) {
        out.assign(p, n);
    } else {
        for (std::size_t i = 0; i < n;) {
            int len;
            std::uint32_t cp = unicode::decode(p + i, len);
            i += std::size_t(len);
            if (cp < 0x80 && cp != 0) out += char(cp);
            else if (unicode::is_space(cp)) out += ' ';
            else if (int d = unicode::decimal_value(cp); d >= 0) out += char('0' + d);
            else out += '?';
        }
    }
    std::size_t a = 0, b = out.size();
    while (a < b && unicode::is_space(static_cast<unsigned char>(out[a]))) ++a;
    while (b > a && unicode::is_space(static_cast<unsigned char>(out[b - 1]))) --b;
    return out.substr(a, b - a);
}

[[noreturn]] void invalid_int_literal(const str* s, i64 base) {
    std::string msg = "invalid literal for int() with base ";
    append_int(msg, base);
    msg += ": ";
    // CPython formats the repr with %.200R: at most 200 code points.
    str* r = str_repr(s);
    if (r->len() > 200) r = r->slice(0, 200);
    msg.append(r->data(), std::size_t(r->nbytes()));
    raise_value_error(str::from_utf8(msg));
}

int digit_value(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'z') return c - 'a' + 10;
    if (c >= 'A' && c <= 'Z') return c - 'A' + 10;
    return 99;
}

}  // namespace

i64 int_of(str* s) { return int_of(s, 10); }

i64 int_of(str* s, i64 base) {
    if ((base != 0 && base < 2) || base > 36) raise_value_error("int() base must be >= 2 and <= 36, or 0");
    std::string t = ascii_number_text(s);
    const char* p = t.c_str();
    bool negative = false;
    if (*p == '+' || *p == '-') negative = *p++ == '-';
    i64 b = base;
    bool prefixed = false;
    if (p[0] == '0' && p[1] != '\0') {
        char x = char(p[1] | 0x20);
        if ((x == 'x' && (b == 16 || b == 0)) || (x == 'o' && (b == 8 || b == 0)) ||
            (x == 'b' && (b == 2 || b == 0))) {
            b = x == 'x' ? 16 : x == 'o' ? 8 : 2;
            p += 2;
            prefixed = true;
        }
    }
    bool base0_decimal = b == 0;
    if (b == 0) b = 10;
    if (prefixed && *p == '_') ++p;  // "0x_1f" is valid
    if (*p == '\0') invalid_int_literal(s, base);
    u64 limit = negative ? u64(1) << 63 : (u64(1) << 63) - 1;
    u64 value = 0;
    bool overflow = false, nonzero = false;
    const char* start = p;
    for (; *p; ++p) {
        if (*p == '_') {
            if (p == start || p[1] == '_' || p[1] == '\0') invalid_int_literal(s, base);
            continue;
        }
        int d = digit_value(*p);
        if (d >= b) invalid_int_literal(s, base);
        if (d != 0) nonzero = true;
        if (value > (limit - u64(d)) / u64(b)) overflow = true;
        else value = value * u64(b) + u64(d);
    }
    // Base 0 without a prefix: a leading zero is only allowed for zero itself.
    if (base0_decimal && start[0] == '0' && nonzero) invalid_int_literal(s, base);
    if (overflow) raise_int_overflow();
    return negative ? i64(u64(0) - value) : i64(value);
}

namespace {
/// digitpart: digit (["_"] digit)*; advances p, false if malformed/empty.
bool scan_digits(const char*& p, std::string& clean) {
    if (!(*p >= '0' && *p <= '9')) return false;
    while (true) {
        clean += *p++;
        if (*p == '_') {
            if (!(p[1] >= '0' && p[1] <= '9')) return false;
            ++p;
        } else if (!(*p >= '0' && *p <= '9')) {
            return true;
        }
    }
}
bool iequals(const char* a, const char* b) {
    for (; *a && *b; ++a, ++b)
        if ((*a | 0x20) != *b) return false;
    return *a == *b;
}
}  // namespace

double float_of(str* s) {
    std::string t = ascii_number_text(s);
    const char* p = t.c_str();
    std::string clean;
    bool negative = false;
    if (*p == '+' || *p == '-') {
        negative = *p == '-';
        clean += *p++;
    }
    auto fail = [&]() {
        std::string msg = "could not convert string to float: ";
        append_str_repr(msg, s);
        raise_value_error(str::from_utf8(msg));
    };
    if (iequals(p, "inf") || iequals(p, "infinity")) return negative ? -HUGE_VAL : HUGE_VAL;
    if (iequals(p, "nan")) return negative ? -std::nan("") : std::nan("");
    bool int_part = false;
    if (*p >= '0' && *p <= '9') {
        if (!scan_digits(p, clean)) fail();
        int_part = true;
    }
    if (*p == '.') {
        clean += *p++;
        if (*p >= '0' && *p <= '9') {
            if (!scan_digits(p, clean)) fail();
        } else if (!int_part) {
            fail();
        }
    } else if (!int_part) {
        fail();
    }
    if (*p == 'e' || *p == 'E') {
        clean += *p++;
        if (*p == '+' || *p == '-') clean += *p++;
        if (!scan_digits(p, clean)) fail();
    }
    if (*p != '\0') fail();
    return std::strtod(clean.c_str(), nullptr);  // glibc: correctly rounded
}

i64 round_of(double v) {
    if (std::isnan(v)) raise_value_error("cannot convert float NaN to integer");
    if (std::isinf(v)) raise_overflow_error("cannot convert float infinity to integer");
    double r = std::nearbyint(v);  // default rounding mode: ties to even
    return int_of(r);
}

double round_of(double v, i64 ndigits) {
    if (!std::isfinite(v) || v == 0.0) return v;
    if (ndigits > 330) return v;
    if (ndigits < -330) return std::copysign(0.0, v);
    if (ndigits >= 0) {
        // printf rounds the exact binary value correctly (half to even on
        // exact ties), as CPython's dtoa-based double_round does.
        char buf[400];
        int n = std::snprintf(buf, sizeof buf, "%.*f", int(ndigits), v);
        if (n > 0 && std::size_t(n) < sizeof buf) {
            double r = std::strtod(buf, nullptr);
            if (r == 0.0) r = std::copysign(0.0, v);
            return r;
        }
        return v;
    }
    // Negative ndigits: round the exact decimal expansion of v to a multiple
    // of 10**k, ties to even. |v| >= 1 has at most 52 fraction digits, so
    // "%.60f" is exact; |v| < 1 always rounds to zero.
    std::size_t k = std::size_t(-ndigits);
    if (std::fabs(v) < 1.0) return std::copysign(0.0, v);
    char buf[400];
    std::snprintf(buf, sizeof buf, "%.60f", std::fabs(v));
    std::string text = buf;
    std::size_t dot = text.find('.');
    std::string ipart = text.substr(0, dot), frac = text.substr(dot + 1);
    if (ipart.size() < k) return std::copysign(0.0, v);  // |v| < 10**(k-1) * 10
    std::string kept = ipart.substr(0, ipart.size() - k);
    std::string rest = ipart.substr(ipart.size() - k) + frac;
    bool up;
    if (rest[0] != '5') {
        up = rest[0] > '5';
    } else {
        bool beyond = rest.find_first_not_of('0', 1) != std::string::npos;
        int last = kept.empty() ? 0 : kept.back() - '0';
        up = beyond || (last & 1);
    }
    if (kept.empty()) kept = "0";
    if (up) {  // decimal increment
        int i = int(kept.size()) - 1;
        while (i >= 0 && kept[std::size_t(i)] == '9') kept[std::size_t(i--)] = '0';
        if (i < 0) kept.insert(kept.begin(), '1');
        else ++kept[std::size_t(i)];
    }
    kept.append(k, '0');
    double res = std::strtod(kept.c_str(), nullptr);
    if (std::isinf(res)) raise_overflow_error("rounded value too large to represent");
    return std::copysign(res, v);
}

i64 round_of(i64 v, i64 ndigits) {
    if (ndigits >= 0) return v;
    // 10**19 no longer fits: |v| < 9.3e18 rounds to 0 or, past the tie at 5e18, to +-1e19
    if (ndigits == -19) {
        constexpr i64 half = 5000000000000000000;
        if (KRAIT_UNLIKELY(v > half || v < -half)) raise_int_overflow();
        return 0;
    }
    if (ndigits < -19) return 0;
    i64 p = 1;
    for (i64 i = 0; i < -ndigits; ++i) p *= 10;
    i64 q = int_floordiv(v, p), r = int_mod(v, p);
    // round half to even
    if (2 * r > p || (2 * r == p && (q & 1))) q = int_add(q, 1);
    return int_mul(q, p);
}

tuple<double, double> divmod(double vx, double wx) {
    if (wx == 0.0) raise_zero_division("float divmod()");
    double mod = std::fmod(vx, wx);
    double div = (vx - mod) / wx;
    if (mod != 0.0) {
        if ((wx < 0) != (mod < 0)) {
            mod += wx;
            div -= 1.0;
        }
    } else {
        mod = std::copysign(0.0, wx);
    }
    double floordiv;
    if (div != 0.0) {
        floordiv = std::floor(div);
        if (div - floordiv > 0.5) floordiv += 1.0;
    } else {
        floordiv = std::copysign(0.0, vx / wx);
    }
    return {floordiv, mod};
}

i64 int_pow_mod(i64 base, i64 exp, i64 mod) {
    if (mod == 0) raise_value_error("pow() 3rd argument cannot be 0");
    using i128 = __int128;
    i128 m = mod;
    i128 am = m < 0 ? -m : m;
    i128 b = base % am;
    if (b < 0) b += am;
    u64 e = u64(exp);
    if (exp < 0) {
        // Python 3.8+: base ** -e mod m is (the inverse of base mod m) ** e mod m
        i128 r0 = am, r1 = b, t0 = 0, t1 = 1;  // extended Euclid on (|m|, b)
        while (r1 != 0) {
            i128 q = r0 / r1;
            i128 r2 = r0 - q * r1;
            r0 = r1;
            r1 = r2;
            i128 t2 = t0 - q * t1;
            t0 = t1;
            t1 = t2;
        }
        if (r0 != 1) raise_value_error("base is not invertible for the given modulus");
        b = t0 % am;
        if (b < 0) b += am;
        e = u64(0) - u64(exp);
    }
    i128 r = 1 % am;
    while (e > 0) {
        if (e & 1) r = r * b % am;
        b = b * b % am;
        e >>= 1;
    }
    // the result has the sign of mod (Python's %)
    if (m < 0 && r != 0) r += m;
    return i64(r);
}

namespace {
str* int_in_base(i64 v, int shift, const char* prefix) {
    static const char digits[] = "0123456789abcdef";
    u64 a = v < 0 ? u64(0) - u64(v) : u64(v);
    char buf[80];
    int n = 0;
    u64 mask = (u64(1) << shift) - 1;
    do {
        buf[n++] = digits[a & mask];
        a >>= shift;
    } while (a);
    std::string out = v < 0 ? "-" : "";
    out += prefix;
    while (n) out += buf[--n];
    return str_impl::make_ascii(out);
}
}  // namespace

str* bin(i64 v) { return int_in_base(v, 1, "0b"); }
str* oct(i64 v) { return int_in_base(v, 3, "0o"); }
str* hex(i64 v) { return int_in_base(v, 4, "0x"); }

}  // namespace krait
