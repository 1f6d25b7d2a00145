// unicode.cpp -- Unicode character properties (see unicode.h).
#include "unicode.h"

#include <algorithm>
#include <cstring>

namespace krait::unicode {

namespace {
struct CodeRange {
    std::uint32_t lo, hi;
};
struct CodeMap {
    std::uint32_t from, to;
};
struct CodeSpecial {
    std::uint32_t from;
    const char* utf8;
};
#include "unicode_tables.inc"

template <std::size_t N>
bool in_ranges(const CodeRange (&table)[N], std::uint32_t cp) {
    const CodeRange* end = table + N;
    const CodeRange* it = std::upper_bound(table, end, cp, [](std::uint32_t v, const CodeRange& r) { return v < r.lo; });
    return it != table && cp <= (it - 1)->hi;
}
template <std::size_t N>
const CodeMap* find_map(const CodeMap (&table)[N], std::uint32_t cp) {
    const CodeMap* end = table + N;
    const CodeMap* it = std::lower_bound(table, end, cp, [](const CodeMap& m, std::uint32_t v) { return m.from < v; });
    return it != end && it->from == cp ? it : nullptr;
}
template <std::size_t N>
const char* find_special(const CodeSpecial (&table)[N], std::uint32_t cp) {
    for (const CodeSpecial& s : table)
        if (s.from == cp) return s.utf8;
    return nullptr;
}
}  // namespace

// Byte classes for the ASCII fast paths of split()/strip(): 1 = whitespace
// (9-13, 28-32), 2 = part of a non-ASCII character.
const unsigned char kByteClass[256] = {
    0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1, 1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1, 1, 1, 1,
    1, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
    2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2, 2,
};

std::size_t count_code_points(const char* s, std::size_t n) {
    // Counts continuation bytes (10xxxxxx) eight at a time.
    constexpr std::uint64_t kHigh = 0x8080808080808080ULL, kOnes = 0x0101010101010101ULL;
    std::size_t cont = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + i, 8);
        std::uint64_t c = (w & ~(w << 1) & kHigh) >> 7;  // 1 in each continuation byte
        cont += std::size_t((c * kOnes) >> 56);
    }
    for (; i < n; ++i) cont += (static_cast<unsigned char>(s[i]) & 0xC0) == 0x80;
    return n - cont;
}

bool is_ascii(const char* s, std::size_t n) {
    std::uint64_t acc = 0;
    std::size_t i = 0;
    for (; i + 32 <= n; i += 32) {
        std::uint64_t w[4];
        std::memcpy(w, s + i, 32);
        acc |= w[0] | w[1] | w[2] | w[3];
    }
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, s + i, 8);
        acc |= w;
    }
    for (; i < n; ++i) acc |= static_cast<unsigned char>(s[i]);
    return (acc & 0x8080808080808080ULL) == 0;
}

bool is_printable(std::uint32_t cp) {
    if (cp < 0x80) return cp >= 0x20 && cp < 0x7F;
    return !in_ranges(kNonPrintable, cp);
}
bool is_space(std::uint32_t cp) {
    if (cp < 0x80) return (cp >= 0x09 && cp <= 0x0D) || (cp >= 0x1C && cp <= 0x20);
    switch (cp) {
        case 0x85: case 0xA0: case 0x1680: case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000:
            return true;
        default:
            return cp >= 0x2000 && cp <= 0x200A;
    }
}
bool is_alpha(std::uint32_t cp) {
    if (cp < 0x80) return (cp | 0x20) >= 'a' && (cp | 0x20) <= 'z';
    return in_ranges(kAlpha, cp);
}
bool is_digit(std::uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return in_ranges(kDigit, cp);
}
bool is_decimal(std::uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return in_ranges(kDecimal, cp);
}
bool is_numeric(std::uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9';
    return in_ranges(kNumeric, cp);
}
bool is_lower(std::uint32_t cp) {
    if (cp < 0x80) return cp >= 'a' && cp <= 'z';
    return in_ranges(kLowerChar, cp);
}
bool is_upper(std::uint32_t cp) {
    if (cp < 0x80) return cp >= 'A' && cp <= 'Z';
    return in_ranges(kUpperChar, cp);
}
bool is_title(std::uint32_t cp) { return cp >= 0x80 && in_ranges(kTitleChar, cp); }

void append_upper(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp >= 'a' && cp <= 'z' ? cp - 32 : cp);
        return;
    }
    if (const CodeMap* m = find_map(kUpperMap, cp)) return encode(out, m->to);
    if (const char* s = find_special(kUpperSpecial, cp)) {
        out += s;
        return;
    }
    encode(out, cp);
}
void append_lower(std::string& out, std::uint32_t cp) {
    if (cp < 0x80) {
        out += char(cp >= 'A' && cp <= 'Z' ? cp + 32 : cp);
        return;
    }
    if (const CodeMap* m = find_map(kLowerMap, cp)) return encode(out, m->to);
    if (const char* s = find_special(kLowerSpecial, cp)) {
        out += s;
        return;
    }
    encode(out, cp);
}

void append_casefold(std::string& out, std::uint32_t cp) {
    if (cp >= 0x80) {
        if (const char* s = find_special(kFoldSpecial, cp)) {
            out += s;
            return;
        }
    }
    append_lower(out, cp);
}

int decimal_value(std::uint32_t cp) {
    if (cp < 0x80) return cp >= '0' && cp <= '9' ? int(cp - '0') : -1;
    if (!in_ranges(kDecimal, cp)) return -1;
    // Unicode decimal digits come in contiguous runs 0..9: find the run's zero.
    const std::uint32_t* end = kDecimalZeros + sizeof kDecimalZeros / sizeof kDecimalZeros[0];
    const std::uint32_t* it = std::upper_bound(kDecimalZeros, end, cp);
    return it == kDecimalZeros ? -1 : int(cp - *(it - 1));
}

}  // namespace krait::unicode
