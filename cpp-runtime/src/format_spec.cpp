// format_spec.cpp -- the format-spec mini-language (format(x, spec),
// str.format, f-strings) for int, float, str and bool, following CPython's
// Python/formatter_unicode.c: same parsing, defaults and error messages.
#include <cmath>
#include <cstdio>
#include <cstdlib>
#include <string>

#include "krait/exceptions.h"
#include "krait/format.h"
#include "krait/str.h"
#include "str_impl.h"
#include "unicode.h"

namespace krait {

namespace {

struct Spec {
    std::uint32_t fill = ' ';
    bool fill_specified = false;
    char align = 0;
    bool align_specified = false;
    char sign = 0;
    bool no_neg_0 = false;
    bool alternate = false;
    i64 width = -1;
    char thousands = 0;  // ',' or '_'
    bool group4 = false;  // '_' with b/o/x/X: every four digits
    i64 precision = -1;
    char type = 0;
};

[[noreturn]] void value_error(const std::string& msg) { raise_value_error(str::from_utf8(msg)); }

bool is_align(std::uint32_t c) { return c == '<' || c == '>' || c == '=' || c == '^'; }

std::string char_text(char c) {
    if (c > 32 && c < 127) return std::string(1, c);
    char buf[8];
    std::snprintf(buf, sizeof buf, "\\x%x", unsigned(static_cast<unsigned char>(c)));
    return buf;
}

/// CPython's parse_internal_render_format_spec.
Spec parse(const str* spec_str, char default_type, char default_align, const char* type_name) {
    Spec f;
    f.align = default_align;
    f.type = default_type;
    // Decode into code points: the fill may be any character.
    std::u32string s;
    {
        const char* p = spec_str->data();
        std::size_t n = std::size_t(spec_str->nbytes());
        for (std::size_t i = 0; i < n;) {
            int len;
            s += unicode::decode(p + i, len);
            i += std::size_t(len);
        }
    }
    std::size_t pos = 0, end = s.size();
    if (end - pos >= 2 && is_align(s[pos + 1])) {
        f.fill = s[pos];
        f.fill_specified = true;
        f.align = char(s[pos + 1]);
        f.align_specified = true;
        pos += 2;
    } else if (end - pos >= 1 && is_align(s[pos])) {
        f.align = char(s[pos]);
        f.align_specified = true;
        ++pos;
    }
    if (end - pos >= 1 && (s[pos] == '+' || s[pos] == '-' || s[pos] == ' ')) f.sign = char(s[pos++]);
    if (end - pos >= 1 && s[pos] == 'z') {
        f.no_neg_0 = true;
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == '#') {
        f.alternate = true;
        ++pos;
    }
    if (!f.fill_specified && end - pos >= 1 && s[pos] == '0') {
        f.fill = '0';
        if (!f.align_specified && default_align == '>') f.align = '=';
        ++pos;
    }
    auto read_number = [&](i64& out) -> bool {
        std::size_t start = pos;
        i64 v = 0;
        while (pos < end && s[pos] >= '0' && s[pos] <= '9') {
            if (v > (INT64_MAX - 9) / 10) value_error("Too many decimal digits in format string");
            v = v * 10 + i64(s[pos] - '0');
            ++pos;
        }
        if (pos == start) return false;
        out = v;
        return true;
    };
    read_number(f.width);
    if (end - pos >= 1 && s[pos] == ',') {
        f.thousands = ',';
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == '_') {
        if (f.thousands) value_error("Cannot specify both ',' and '_'.");
        f.thousands = '_';
        ++pos;
    }
    if (end - pos >= 1 && s[pos] == ',') {
        if (f.thousands == '_') value_error("Cannot specify both ',' and '_'.");
        value_error("Cannot specify ',' with ','.");
    }
    if (end - pos >= 1 && s[pos] == '_') {
        if (f.thousands == ',') value_error("Cannot specify both ',' and '_'.");
        value_error("Cannot specify '_' with '_'.");
    }
    if (end - pos >= 1 && s[pos] == '.') {
        ++pos;
        if (!read_number(f.precision)) value_error("Format specifier missing precision");
    }
    if (end - pos > 1) {
        std::string msg = "Invalid format specifier '";
        msg.append(spec_str->view());
        msg += "' for object of type '";
        msg += type_name;
        msg += "'";
        value_error(msg);
    }
    if (end - pos == 1) f.type = s[pos] < 128 ? char(s[pos]) : char(0x7F);
    if (f.thousands) {
        switch (f.type) {
            case 'd': case 'e': case 'f': case 'g': case 'E': case 'G': case '%': case 'F': case 0:
                break;
            case 'b': case 'o': case 'x': case 'X':
                if (f.thousands == '_') {
                    f.group4 = true;
                    break;
                }
                [[fallthrough]];
            default:
                value_error(std::string("Cannot specify '") + f.thousands + "' with '" + char_text(f.type) + "'.");
        }
    }
    return f;
}

[[noreturn]] void unknown_code(char type, const char* type_name) {
    value_error("Unknown format code '" + char_text(type) + "' for object of type '" + type_name + "'");
}

std::string fill_text(const Spec& f, i64 n) {
    std::string one;
    unicode::encode(one, f.fill);
    std::string out;
    for (i64 i = 0; i < n; ++i) out += one;
    return out;
}

/// Inserts separators into a run of digits; with min_width > 0 pads with
/// zeros (grouped too) until the result is at least that wide.
std::string group_digits(std::string digits, char sep, int every, i64 min_width) {
    auto grouped = [&](const std::string& d) {
        std::string out;
        std::size_t n = d.size();
        for (std::size_t i = 0; i < n; ++i) {
            if (i > 0 && (n - i) % std::size_t(every) == 0) out += sep;
            out += d[i];
        }
        return out;
    };
    std::string g = grouped(digits);
    while (i64(g.size()) < min_width) {
        digits.insert(digits.begin(), '0');
        g = grouped(digits);
    }
    return g;
}

/// Lays out sign/prefix + number body within the width, as CPython's
/// fill_number does. `body` is already grouped; `zero_grouped` says the
/// '='-with-'0' padding was done inside the grouping.
str* layout_number(const Spec& f, const std::string& sign_prefix, const std::string& body) {
    i64 len = i64(sign_prefix.size()) + i64(unicode::count_code_points(body.data(), body.size()));
    std::string out;
    i64 pad = f.width > len ? f.width - len : 0;
    switch (f.align) {
        case '<':
            out = sign_prefix + body + fill_text(f, pad);
            break;
        case '^':
            out = fill_text(f, pad / 2) + sign_prefix + body + fill_text(f, pad - pad / 2);
            break;
        case '=':
            out = sign_prefix + fill_text(f, pad) + body;
            break;
        default:
            out = fill_text(f, pad) + sign_prefix + body;
            break;
    }
    return str::from_utf8(out);
}

std::string sign_text(const Spec& f, bool negative) {
    if (negative) return "-";
    if (f.sign == '+') return "+";
    if (f.sign == ' ') return " ";
    return "";
}

str* format_float_spec(double v, Spec f, const char* type_name);

str* format_int_spec(i64 v, const Spec& f) {
    if (f.precision != -1) value_error("Precision not allowed in integer format specifier");
    if (f.no_neg_0) value_error("Negative zero coercion (z) not allowed in integer format specifier");
    char type = f.type;
    if (type == 'c') {
        if (f.sign) value_error("Sign not allowed with integer format specifier 'c'");
        if (f.alternate) value_error("Alternate form (#) not allowed with integer format specifier 'c'");
        if (v < 0 || v > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
        std::string ch;
        unicode::encode(ch, std::uint32_t(v));
        return layout_number(f, "", ch);
    }
    int base;
    const char* prefix = "";
    switch (type) {
        case 'd': case 'n': base = 10; break;
        case 'b': base = 2; prefix = "0b"; break;
        case 'o': base = 8; prefix = "0o"; break;
        case 'x': base = 16; prefix = "0x"; break;
        case 'X': base = 16; prefix = "0X"; break;
        default: unknown_code(type, "int");
    }
    u64 a = v < 0 ? u64(0) - u64(v) : u64(v);
    std::string digits;
    const char* digit_chars = type == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    do {
        digits.insert(digits.begin(), digit_chars[a % u64(base)]);
        a /= u64(base);
    } while (a);
    std::string sp = sign_text(f, v < 0) + (f.alternate ? prefix : "");
    if (f.thousands) {
        i64 min_width = (f.fill == '0' && f.align == '=' && f.width > 0) ? f.width - i64(sp.size()) : 0;
        digits = group_digits(digits, f.thousands, f.group4 ? 4 : 3, min_width);
    }
    return layout_number(f, sp, digits);
}

std::string printf_double(const char* fmt, int precision, double a) {
    int n = std::snprintf(nullptr, 0, fmt, precision, a);
    std::string out(std::size_t(n) + 1, '\0');
    std::snprintf(&out[0], out.size(), fmt, precision, a);
    out.resize(std::size_t(n));
    return out;
}

std::string format_g_add_dot_0(double a, i64 p, bool alternate) {
    std::string e = printf_double(alternate ? "%#.*e" : "%.*e", int(p - 1), a);
    int x = std::atoi(e.c_str() + e.find('e') + 1);
    std::string out;
    if (x < -4 || x >= p - 1) {
        out = e;
        if (!alternate) {  // strip trailing zeros of the mantissa
            std::size_t epos = out.find('e');
            std::string mant = out.substr(0, epos);
            if (mant.find('.') != std::string::npos) {
                while (mant.back() == '0') mant.pop_back();
                if (mant.back() == '.') mant.pop_back();
            }
            out = mant + out.substr(epos);
        }
        return out;
    }
    out = printf_double(alternate ? "%#.*f" : "%.*f", int(p - 1 - x), a);
    if (!alternate && out.find('.') != std::string::npos) {
        while (out.back() == '0') out.pop_back();
        if (out.back() == '.') out.pop_back();
    }
    if (out.find('.') == std::string::npos) out += ".0";
    return out;
}

/// The text of |v| for a float spec (digits, '.', exponent, '%'), grouped, and whether a '-'
/// goes before it. A complex's part (complex_part) has no '.0' added and no '%' type.
std::string float_text(double v, const Spec& f, const char* type_name, bool complex_part, bool& negative) {
    char type = f.type;
    bool add_dot_0 = false, add_pct = false;
    i64 precision = f.precision;
    i64 default_precision = 6;
    switch (type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case 'n': case 0:
            break;
        case '%':
            if (!complex_part) break;
            [[fallthrough]];
        default:
            unknown_code(type, type_name);
    }
    if (type == 0) {
        add_dot_0 = !complex_part;
        type = 'r';
        default_precision = 0;
    }
    if (type == 'n') type = 'g';
    if (type == '%') {
        type = 'f';
        v *= 100;
        add_pct = true;
    }
    if (precision < 0) precision = default_precision;
    else if (type == 'r') type = 'g';

    negative = std::signbit(v) && !std::isnan(v);
    double a = std::fabs(v);
    std::string num;
    bool upper = type == 'E' || type == 'F' || type == 'G';
    if (std::isnan(a) || std::isinf(a)) {
        num = std::isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    } else if (type == 'r') {
        append_float_repr(num, a);
        // a complex's parts are repr'd without the '.0' a float's repr adds to integral values
        if (complex_part && num.size() > 2 && num.compare(num.size() - 2, 2, ".0") == 0) num.resize(num.size() - 2);
    } else if (type == 'g' && add_dot_0) {
        // No type but a precision: like 'g', except that the exponent is
        // used from decimal exponent precision-1 on and a fixed-point result
        // keeps at least one fractional digit (CPython's Py_DTSF_ADD_DOT_0).
        num = format_g_add_dot_0(a, precision == 0 ? 1 : precision, f.alternate);
    } else {
        if (type == 'g' || type == 'G') {
            if (precision == 0) precision = 1;
        }
        char fmt[8] = "%";
        std::size_t k = 1;
        if (f.alternate) fmt[k++] = '#';
        fmt[k++] = '.';
        fmt[k++] = '*';
        fmt[k++] = type;
        fmt[k] = '\0';
        int n = std::snprintf(nullptr, 0, fmt, int(precision), a);
        num.resize(std::size_t(n) + 1);
        std::snprintf(&num[0], num.size(), fmt, int(precision), a);
        num.resize(std::size_t(n));
        if (add_dot_0 && num.find_first_of(".eE") == std::string::npos) num += ".0";
    }
    if (negative && f.no_neg_0 && num.find_first_of("123456789") == std::string::npos) negative = false;
    if (add_pct) num += '%';
    // Split the leading digits (grouped) from the rest ('.', fraction, exponent).
    std::size_t nd = 0;
    while (nd < num.size() && num[nd] >= '0' && num[nd] <= '9') ++nd;
    if (f.thousands && nd > 0) {
        std::string rest = num.substr(nd);
        i64 min_width = (f.fill == '0' && f.align == '=' && f.width > 0)
                            ? f.width - i64(sign_text(f, negative).size()) - i64(rest.size()) : 0;
        return group_digits(num.substr(0, nd), f.thousands, 3, min_width) + rest;
    }
    return num;
}

str* format_float_spec(double v, Spec f, const char* type_name) {
    bool negative = false;
    std::string body = float_text(v, f, type_name, false, negative);
    return layout_number(f, sign_text(f, negative), body);
}

/// format(z, spec) for a complex: CPython's format_complex_internal.
str* format_complex_spec(double re, double im, Spec f) {
    if (f.fill == '0')
        value_error("Zero padding is not allowed in complex format specifier");
    if (f.align == '=') value_error("'=' alignment flag is not allowed in complex format specifier");
    bool skip_re = false, add_parens = false;
    if (f.type == 0) {
        // like str(z), with the precision if one is given
        if (re == 0.0 && !std::signbit(re)) skip_re = true;
        else add_parens = true;
    }
    std::string out;
    if (!skip_re) {
        bool negative = false;
        std::string body = float_text(re, f, "complex", true, negative);
        out += sign_text(f, negative) + body;
    }
    Spec fi = f;
    if (!skip_re) fi.sign = '+';
    bool negative = false;
    std::string body = float_text(im, fi, "complex", true, negative);
    out += sign_text(fi, negative) + body + "j";
    if (add_parens) out = "(" + out + ")";
    return layout_number(f, "", out);
}
}  // namespace

str* format_int(i64 v, str* spec) {
    if (spec->nbytes() == 0) return int_repr(v);
    Spec f = parse(spec, 'd', '>', "int");
    switch (f.type) {
        case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': case '%':
            return format_float_spec(double(v), f, "int");
        default:
            return format_int_spec(v, f);
    }
}

str* format_bool(bool v, str* spec) {
    if (spec->nbytes() == 0) return str::from_cstr(v ? "True" : "False");
    return format_int(v ? 1 : 0, spec);
}

str* format_float(double v, str* spec) {
    if (spec->nbytes() == 0) return float_repr(v);
    return format_float_spec(v, parse(spec, 0, '>', "float"), "float");
}

str* format_complex_parts(double re, double im, str* spec) {
    return format_complex_spec(re, im, parse(spec, 0, '>', "complex"));
}

str* format_str(str* v, str* spec) {
    if (spec->nbytes() == 0) return v;
    Spec f = parse(spec, 's', '<', "str");
    if (f.type != 's') unknown_code(f.type, "str");
    if (f.sign) value_error("Sign not allowed in string format specifier");
    if (f.no_neg_0) value_error("Negative zero coercion (z) not allowed in string format specifier");
    if (f.alternate) value_error("Alternate form (#) not allowed in string format specifier");
    if (f.align == '=') value_error("'=' alignment not allowed in string format specifier");
    str* body = v;
    if (f.precision >= 0 && f.precision < v->len()) body = v->slice(0, f.precision);
    if (f.width <= body->len()) return body;
    return layout_number(f, "", std::string(body->view()));
}

}  // namespace krait
