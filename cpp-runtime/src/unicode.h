// unicode.h -- (runtime-internal) UTF-8 coding and Unicode character
// properties, from tables generated out of CPython's unicodedata.
#pragma once

#include <cstdint>
#include <string>

namespace krait::unicode {

/// Decodes the code point at p (valid UTF-8); sets len to its byte count.
inline std::uint32_t decode(const char* s, int& len) {
    const unsigned char* p = reinterpret_cast<const unsigned char*>(s);
    unsigned char c = p[0];
    if (c < 0x80) { len = 1; return c; }
    if (c < 0xE0) { len = 2; return (std::uint32_t(c & 0x1F) << 6) | (p[1] & 0x3F); }
    if (c < 0xF0) { len = 3; return (std::uint32_t(c & 0x0F) << 12) | (std::uint32_t(p[1] & 0x3F) << 6) | (p[2] & 0x3F); }
    len = 4;
    return (std::uint32_t(c & 0x07) << 18) | (std::uint32_t(p[1] & 0x3F) << 12) |
           (std::uint32_t(p[2] & 0x3F) << 6) | (p[3] & 0x3F);
}
/// Byte length of the UTF-8 sequence starting with byte c.
inline int seq_len(unsigned char c) { return c < 0x80 ? 1 : c < 0xE0 ? 2 : c < 0xF0 ? 3 : 4; }
/// Appends the UTF-8 encoding of cp.
inline void encode(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp);
    } else if (cp < 0x800) {
        out += char(0xC0 | (cp >> 6));
        out += char(0x80 | (cp & 0x3F));
    } else if (cp < 0x10000) {
        out += char(0xE0 | (cp >> 12));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    } else {
        out += char(0xF0 | (cp >> 18));
        out += char(0x80 | ((cp >> 12) & 0x3F));
        out += char(0x80 | ((cp >> 6) & 0x3F));
        out += char(0x80 | (cp & 0x3F));
    }
}
/// All code points of valid UTF-8 bytes, for algorithms that index characters (csv, textwrap).
inline std::u32string decode_all(const char* s, std::size_t n) {
    std::u32string out;
    for (const char* e = s + n; s < e;) {
        int len = 0;
        out.push_back(decode(s, len));
        s += len;
    }
    return out;
}
/// The UTF-8 encoding of code points.
inline std::string encode_all(const std::u32string& cps) {
    std::string out;
    for (char32_t c : cps) encode(out, c);
    return out;
}
/// Number of code points in valid UTF-8 bytes.
std::size_t count_code_points(const char* s, std::size_t n);
/// Whether all n bytes are ASCII (< 0x80).
bool is_ascii(const char* s, std::size_t n);
/// Per byte: 1 for ASCII whitespace (str.isspace), 2 for a non-ASCII lead or
/// continuation byte (decode to decide), 0 otherwise.
extern const unsigned char kByteClass[256];

bool is_printable(std::uint32_t cp);
bool is_space(std::uint32_t cp);
bool is_alpha(std::uint32_t cp);
bool is_digit(std::uint32_t cp);
bool is_decimal(std::uint32_t cp);
bool is_numeric(std::uint32_t cp);
bool is_lower(std::uint32_t cp);
bool is_upper(std::uint32_t cp);
bool is_title(std::uint32_t cp);
/// Cased characters (upper, lower or title case).
inline bool is_cased(std::uint32_t cp) { return is_lower(cp) || is_upper(cp) || is_title(cp); }
/// Appends the full upper/lower case mapping of cp (may be several chars).
void append_upper(std::string& out, std::uint32_t cp);
void append_lower(std::string& out, std::uint32_t cp);
/// Full case folding (str.casefold): lower() except where Unicode folds differently.
void append_casefold(std::string& out, std::uint32_t cp);
/// Decimal value of a decimal digit (Unicode Nd), or -1.
int decimal_value(std::uint32_t cp);

}  // namespace krait::unicode
