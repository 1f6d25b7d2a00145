// str_lines.cpp -- the lines of s.splitlines() one at a time (str_lines.h); str::splitlines
// collects them into a list. The line boundaries: \n \r \r\n \v \f \x1c \x1d \x1e \x85 \u2028
// \u2029.
#include "krait/str_lines.h"

#include <cstdint>
#include <cstring>

#include "str_impl.h"
#include "unicode.h"

namespace krait {

bool splitlines_range::next(std::size_t& pos, str*& out) const {
    const char* p = s_->data();
    std::size_t n = std::size_t(s_->nbytes());
    std::size_t start = pos, i = pos;
    if (start >= n) return false;
    std::size_t eol_len = 0;
    if (s_->is_ascii()) {
        constexpr std::uint32_t kBreaks = (1u << 0x0A) | (1u << 0x0B) | (1u << 0x0C) | (1u << 0x0D) |
                                          (1u << 0x1C) | (1u << 0x1D) | (1u << 0x1E);
        const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
        while (i < n) {
            // every break is a control character: skip 8 bytes at a time while none is below
            // 0x20 (the "has a byte less than n" bit trick; exact for ASCII bytes)
            while (i + 8 <= n) {
                std::uint64_t w;
                std::memcpy(&w, u + i, 8);
                if ((w - 0x2020202020202020ull) & ~w & 0x8080808080808080ull) break;
                i += 8;
            }
            if (i >= n) break;
            unsigned char c = u[i];
            if (KRAIT_LIKELY(c >= 32 || !((kBreaks >> c) & 1))) {
                ++i;
                continue;
            }
            eol_len = (c == '\r' && i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
            break;
        }
        out = str_impl::make_ascii(p + start, i - start + (keepends_ ? eol_len : 0));
        pos = i + eol_len;
        return true;
    }
    while (i < n) {
        int len;
        std::uint32_t cp = unicode::decode(p + i, len);
        if (cp == '\r') {
            eol_len = (i + 1 < n && p[i + 1] == '\n') ? 2 : 1;
        } else if (cp == '\n' || cp == 0x0B || cp == 0x0C || cp == 0x1C || cp == 0x1D || cp == 0x1E || cp == 0x85
                   || cp == 0x2028 || cp == 0x2029) {
            eol_len = std::size_t(len);
        }
        if (eol_len) break;
        i += std::size_t(len);
    }
    out = str::from_utf8(p + start, i - start + (keepends_ ? eol_len : 0));
    pos = i + eol_len;
    return true;
}

}  // namespace krait
