// text_format.cpp -- str % args (printf-style), str.format fields, ascii(),
// and format() of values other than int/float/str/bool.
#include <cmath>
#include <cstdio>
#include <cstring>
#include <string>

#include "krait/builtins.h"
#include "str_impl.h"
#include "unicode.h"

namespace krait {

str* FormatArg::str_text() const {
    switch (kind) {
        case Kind::Int: return int_repr(i);
        case Kind::Float: return float_repr(d);
        case Kind::Bool: return str::from_cstr(i ? "True" : "False");
        case Kind::Str: return s;
        default: return to_str(obj);
    }
}

str* FormatArg::repr_text() const {
    switch (kind) {
        case Kind::Str: return str_repr(s);
        case Kind::Other: return to_repr(obj);
        default: return str_text();
    }
}

str* format_value(const FormatArg& a, str* spec) {
    switch (a.kind) {
        case FormatArg::Kind::Int: return format_int(a.i, spec);
        case FormatArg::Kind::Float: return format_float(a.d, spec);
        case FormatArg::Kind::Bool: return format_bool(a.i != 0, spec);
        case FormatArg::Kind::Str: return format_str(a.s, spec);
        default:
            if (a.to_own_format) {
                if (str* own = a.to_own_format(a.obj, spec)) return own;
            }
            if (spec->nbytes() == 0) return a.to_str(a.obj);
            if (a.to_format) return a.to_format(a.obj, spec);
            std::string msg = "unsupported format string passed to ";
            msg += a.type_name;
            msg += ".__format__";
            raise_type_error(str::from_utf8(msg));
    }
}

str* str_ascii(str* r) {
    if (r->is_ascii()) return r;
    std::string out;
    const char* p = r->data();
    std::size_t n = std::size_t(r->nbytes());
    for (std::size_t i = 0; i < n;) {
        int len;
        std::uint32_t cp = unicode::decode(p + i, len);
        i += std::size_t(len);
        if (cp < 0x80) {
            out += char(cp);
        } else {
            append_code_point_escape(out, cp);
        }
    }
    return str_impl::make_ascii(out);
}

// ---- printf-style formatting ----

namespace {

[[noreturn]] void type_error(const std::string& msg) { raise_type_error(str::from_utf8(msg)); }

struct PercentSpec {
    bool left = false, plus = false, space = false, alt = false, zero = false;
    i64 width = -1, prec = -1;
};

void pad_into(std::string& out, const PercentSpec& f, const std::string& sign_prefix, const std::string& body,
              bool numeric) {
    i64 len = i64(sign_prefix.size()) + i64(unicode::count_code_points(body.data(), body.size()));
    i64 pad = f.width > len ? f.width - len : 0;
    if (f.left) {
        out += sign_prefix;
        out += body;
        out.append(std::size_t(pad), ' ');
    } else if (f.zero && numeric) {
        out += sign_prefix;
        out.append(std::size_t(pad), '0');
        out += body;
    } else {
        out.append(std::size_t(pad), ' ');
        out += sign_prefix;
        out += body;
    }
}

std::string sign_of(const PercentSpec& f, bool negative) {
    if (negative) return "-";
    if (f.plus) return "+";
    if (f.space) return " ";
    return "";
}

void format_int_percent(std::string& out, const PercentSpec& f, i64 v, char conv) {
    u64 a = v < 0 ? u64(0) - u64(v) : u64(v);
    int base = conv == 'o' ? 8 : (conv == 'x' || conv == 'X') ? 16 : 10;
    const char* digit_chars = conv == 'X' ? "0123456789ABCDEF" : "0123456789abcdef";
    std::string digits;
    do {
        digits.insert(digits.begin(), digit_chars[a % u64(base)]);
        a /= u64(base);
    } while (a);
    if (f.prec > i64(digits.size())) digits.insert(0, std::size_t(f.prec - i64(digits.size())), '0');
    std::string sp = sign_of(f, v < 0);
    if (f.alt && base == 8) sp += "0o";
    if (f.alt && base == 16) sp += conv == 'X' ? "0X" : "0x";
    pad_into(out, f, sp, digits, true);
}

void format_float_percent(std::string& out, const PercentSpec& f, double v, char conv) {
    bool negative = std::signbit(v) && !std::isnan(v);
    double a = std::fabs(v);
    std::string body;
    if (std::isnan(a) || std::isinf(a)) {
        bool upper = conv == 'E' || conv == 'F' || conv == 'G';
        body = std::isnan(a) ? (upper ? "NAN" : "nan") : (upper ? "INF" : "inf");
    } else {
        i64 prec = f.prec < 0 ? 6 : f.prec;
        if ((conv == 'g' || conv == 'G') && prec == 0) prec = 1;
        char fmt[8] = "%";
        std::size_t k = 1;
        if (f.alt) fmt[k++] = '#';
        fmt[k++] = '.';
        fmt[k++] = '*';
        fmt[k++] = conv;
        fmt[k] = '\0';
        int n = std::snprintf(nullptr, 0, fmt, int(prec), a);
        body.resize(std::size_t(n) + 1);
        std::snprintf(&body[0], body.size(), fmt, int(prec), a);
        body.resize(std::size_t(n));
    }
    pad_into(out, f, sign_of(f, negative), body, true);
}

}  // namespace

str* percent_format(str* fmt, const FormatArg* args, std::size_t n) {
    std::string out;
    const char* p = fmt->data();
    std::size_t len = std::size_t(fmt->nbytes());
    std::size_t argi = 0;
    auto next_arg = [&]() -> const FormatArg& {
        if (argi >= n) raise_type_error("not enough arguments for format string");
        return args[argi++];
    };
    auto take_int = [&](const char* what) -> i64 {
        const FormatArg& a = next_arg();
        if (a.kind != FormatArg::Kind::Int && a.kind != FormatArg::Kind::Bool) raise_type_error(what);
        return a.i;
    };
    for (std::size_t i = 0; i < len;) {
        if (p[i] != '%') {
            const void* next = std::memchr(p + i, '%', len - i);
            std::size_t j = next ? std::size_t(static_cast<const char*>(next) - p) : len;
            out.append(p + i, j - i);
            i = j;
            continue;
        }
        std::size_t start = i++;
        if (i >= len) raise_value_error("incomplete format");
        if (p[i] == '(') raise_type_error("format requires a mapping");
        PercentSpec f;
        for (; i < len; ++i) {
            char c = p[i];
            if (c == '-') f.left = true;
            else if (c == '+') f.plus = true;
            else if (c == ' ') f.space = true;
            else if (c == '#') f.alt = true;
            else if (c == '0') f.zero = true;
            else break;
        }
        if (i < len && p[i] == '*') {
            ++i;
            f.width = take_int("* wants int");
            if (f.width < 0) {
                f.left = true;
                f.width = -f.width;
            }
        } else {
            while (i < len && p[i] >= '0' && p[i] <= '9') f.width = (f.width < 0 ? 0 : f.width * 10) + (p[i++] - '0');
        }
        if (i < len && p[i] == '.') {
            ++i;
            f.prec = 0;
            if (i < len && p[i] == '*') {
                ++i;
                f.prec = take_int("* wants int");
                if (f.prec < 0) f.prec = 0;
            } else {
                while (i < len && p[i] >= '0' && p[i] <= '9') f.prec = f.prec * 10 + (p[i++] - '0');
            }
        }
        while (i < len && (p[i] == 'h' || p[i] == 'l' || p[i] == 'L')) ++i;
        if (i >= len) raise_value_error("incomplete format");
        char conv = p[i++];
        if (conv == '%') {
            out += '%';
            continue;
        }
        switch (conv) {
            case 'd': case 'i': case 'u': {
                const FormatArg& a = next_arg();
                i64 v;
                if (a.kind == FormatArg::Kind::Int || a.kind == FormatArg::Kind::Bool) v = a.i;
                else if (a.kind == FormatArg::Kind::Float) v = int_of(a.d);
                else type_error(std::string("%") + conv + " format: a real number is required, not " + a.type_name);
                format_int_percent(out, f, v, 'd');
                break;
            }
            case 'o': case 'x': case 'X': {
                const FormatArg& a = next_arg();
                if (a.kind != FormatArg::Kind::Int && a.kind != FormatArg::Kind::Bool)
                    type_error(std::string("%") + conv + " format: an integer is required, not " + a.type_name);
                format_int_percent(out, f, a.i, conv);
                break;
            }
            case 'e': case 'E': case 'f': case 'F': case 'g': case 'G': {
                const FormatArg& a = next_arg();
                double v;
                if (a.kind == FormatArg::Kind::Float) v = a.d;
                else if (a.kind == FormatArg::Kind::Int || a.kind == FormatArg::Kind::Bool) v = double(a.i);
                else type_error(std::string("must be real number, not ") + a.type_name);
                format_float_percent(out, f, v, conv);
                break;
            }
            case 'c': {
                const FormatArg& a = next_arg();
                std::string ch;
                if (a.kind == FormatArg::Kind::Int || a.kind == FormatArg::Kind::Bool) {
                    if (a.i < 0 || a.i > 0x10FFFF) raise_overflow_error("%c arg not in range(0x110000)");
                    unicode::encode(ch, std::uint32_t(a.i));
                } else if (a.kind == FormatArg::Kind::Str && a.s->len() == 1) {
                    ch = std::string(a.s->view());
                } else {
                    raise_type_error("%c requires int or char");
                }
                pad_into(out, f, "", ch, false);
                break;
            }
            case 's': case 'r': case 'a': {
                const FormatArg& a = next_arg();
                str* t = conv == 's' ? a.str_text() : conv == 'r' ? a.repr_text() : str_ascii(a.repr_text());
                if (f.prec >= 0 && f.prec < t->len()) t = t->slice(0, f.prec);
                pad_into(out, f, "", std::string(t->view()), false);
                break;
            }
            default: {
                std::size_t idx = i - 1;
                char buf[96];
                unsigned char uc = static_cast<unsigned char>(conv);
                std::uint32_t cp = uc;
                if (uc >= 0x80) {
                    int l;
                    cp = unicode::decode(p + idx, l);
                }
                // CPython shows the character only when it is printable ASCII.
                std::snprintf(buf, sizeof buf, "unsupported format character '%c' (0x%x) at index %lld",
                              (cp >= 32 && cp <= 126) ? char(cp) : '?', unsigned(cp),
                              (long long)unicode::count_code_points(p, idx));
                raise_value_error(str::from_cstr(buf));
            }
        }
        (void)start;
    }
    if (argi < n) raise_type_error("not all arguments converted during string formatting");
    return str::from_utf8(out);
}

// ---- str.format ----

namespace {
[[noreturn]] void fmt_error(const char* msg) { raise_value_error(msg); }
}  // namespace

str* format_fields(str* fmt, const FormatArg* args, std::size_t n) {
    std::string out;
    const char* p = fmt->data();
    std::size_t len = std::size_t(fmt->nbytes());
    int auto_state = 0;  // 0 unknown, 1 automatic, 2 manual
    std::size_t auto_index = 0;
    std::size_t positional = 0;  // keyword arguments (named) follow the positional ones
    while (positional < n && args[positional].name == nullptr) ++positional;

    auto resolve = [&](const std::string& name) -> const FormatArg& {
        std::size_t index;
        if (name.empty()) {
            if (auto_state == 2) fmt_error("cannot switch from manual field specification to automatic field numbering");
            auto_state = 1;
            index = auto_index++;
        } else {
            bool digits = name.find_first_not_of("0123456789") == std::string::npos;
            if (!digits) {
                for (std::size_t k = positional; k < n; ++k) {
                    if (name == args[k].name) return args[k];
                }
                std::string r;
                append_str_repr(r, str::from_utf8(name));
                throw gc_new<KeyError>(str::from_utf8(name), str::from_utf8(r));
            }
            if (auto_state == 1) fmt_error("cannot switch from automatic field numbering to manual field specification");
            auto_state = 2;
            index = std::size_t(std::stoull(name));
        }
        if (index >= positional) {
            std::string msg = "Replacement index " + std::to_string(index) + " out of range for positional args tuple";
            throw gc_new<IndexError>(str::from_utf8(msg));
        }
        return args[index];
    };

    for (std::size_t i = 0; i < len;) {
        char c = p[i];
        if (c == '}') {
            if (i + 1 < len && p[i + 1] == '}') {
                out += '}';
                i += 2;
                continue;
            }
            fmt_error("Single '}' encountered in format string");
        }
        if (c != '{') {
            out += c;
            ++i;
            continue;
        }
        if (i + 1 < len && p[i + 1] == '{') {
            out += '{';
            i += 2;
            continue;
        }
        // A replacement field: find its matching '}' (spec may nest one level).
        std::size_t j = i + 1;
        int depth = 1;
        while (j < len && depth > 0) {
            if (p[j] == '{') ++depth;
            else if (p[j] == '}') --depth;
            if (depth > 0) ++j;
        }
        if (j >= len) {
            if (i + 1 >= len) fmt_error("Single '{' encountered in format string");
            fmt_error("expected '}' before end of string");
        }
        std::string field(p + i + 1, j - i - 1);
        i = j + 1;
        std::size_t colon = field.find(':');
        std::size_t bang = field.find('!');
        std::string name, conv, spec;
        if (bang != std::string::npos && (colon == std::string::npos || bang < colon)) {
            name = field.substr(0, bang);
            std::size_t conv_end = colon == std::string::npos ? field.size() : colon;
            conv = field.substr(bang + 1, conv_end - bang - 1);
            if (colon != std::string::npos) spec = field.substr(colon + 1);
            if (conv.size() != 1) {
                if (conv.empty()) fmt_error("end of string while looking for conversion specifier");
                fmt_error("expected ':' after conversion specifier");
            }
        } else if (colon != std::string::npos) {
            name = field.substr(0, colon);
            spec = field.substr(colon + 1);
        } else {
            name = field;
        }
        if (name.find_first_of(".[") != std::string::npos)
            fmt_error("attribute and index access in format fields is not supported by Krait");
        const FormatArg& a = resolve(name);
        // Nested fields in the spec, e.g. "{:{}}" or "{:>{width}}".
        if (spec.find('{') != std::string::npos) {
            std::string expanded;
            for (std::size_t k = 0; k < spec.size();) {
                if (spec[k] == '{') {
                    std::size_t e = spec.find('}', k);
                    if (e == std::string::npos) fmt_error("unmatched '{' in format spec");
                    expanded.append(resolve(spec.substr(k + 1, e - k - 1)).str_text()->view());
                    k = e + 1;
                } else {
                    expanded += spec[k++];
                }
            }
            spec = expanded;
        }
        str* spec_str = str::from_utf8(spec);
        str* text;
        if (!conv.empty()) {
            char cc = conv[0];
            str* t;
            if (cc == 'r') t = a.repr_text();
            else if (cc == 's') t = a.str_text();
            else if (cc == 'a') t = str_ascii(a.repr_text());
            else {
                std::string msg = "Unknown conversion specifier ";
                msg += conv;
                raise_value_error(str::from_utf8(msg));
            }
            text = format_str(t, spec_str);
        } else {
            text = format_value(a, spec_str);
        }
        out.append(text->view());
    }
    return str::from_utf8(out);
}

}  // namespace krait
