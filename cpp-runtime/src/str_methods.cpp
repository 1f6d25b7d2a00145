// str_methods.cpp -- Python's str methods (split, join, strip, replace,
// find, case mapping, predicates, padding).
#include <cstring>
#include <string>

#include "krait/builtins.h"
#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/str.h"
#include "krait/str_lines.h"
#include "str_impl.h"
#include "unicode.h"

namespace krait {

namespace {

using unicode::decode;

str* make_from(const std::string& bytes) { return str::from_utf8(bytes); }

/// Converts a byte offset into a code point index.
i64 char_index(const str* s, i64 byte_off) {
    if (s->is_ascii()) return byte_off;
    return i64(unicode::count_code_points(s->data(), std::size_t(byte_off)));
}

/// CPython's ADJUST_INDICES for find/count/startswith: returns false when
/// the range is empty beyond the string (start > len).
void adjust_indices(i64 len, std::optional<i64> start, std::optional<i64> end, i64& a, i64& b) {
    a = start ? *start : 0;
    b = end ? *end : len;
    if (b > len) b = len;
    else if (b < 0) { b += len; if (b < 0) b = 0; }
    if (a < 0) { a += len; if (a < 0) a = 0; }
}

/// Calls f(cp, byte_offset, byte_len) for each code point.
template <class F>
void for_each_cp(const str* s, F f) {
    const char* p = s->data();
    std::size_t n = std::size_t(s->nbytes());
    for (std::size_t i = 0; i < n;) {
        int len;
        std::uint32_t cp = decode(p + i, len);
        f(cp, i, std::size_t(len));
        i += std::size_t(len);
    }
}

/// Code point just before byte offset `end` (end > 0) and its start offset.
std::uint32_t cp_before(const char* p, std::size_t end, std::size_t& start) {
    start = end - 1;
    while (start > 0 && (static_cast<unsigned char>(p[start]) & 0xC0) == 0x80) --start;
    int len;
    return decode(p + start, len);
}

bool in_chars(const str* chars, std::uint32_t cp) {
    if (chars->is_ascii()) return cp < 0x80 && std::memchr(chars->data(), int(cp), std::size_t(chars->nbytes()));
    bool found = false;
    for_each_cp(chars, [&](std::uint32_t c, std::size_t, std::size_t) { found |= c == cp; });
    return found;
}

str* do_strip(const str* s, const str* chars, bool left, bool right) {
    const char* p = s->data();
    std::size_t a = 0, b = std::size_t(s->nbytes());
    if (!chars && s->is_ascii()) {
        const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
        if (left) while (a < b && unicode::kByteClass[u[a]] == 1) ++a;
        if (right) while (b > a && unicode::kByteClass[u[b - 1]] == 1) --b;
        if (a == 0 && b == std::size_t(s->nbytes())) return const_cast<str*>(s);
        return str_impl::make_ascii(p + a, b - a);
    }
    auto strip_it = [&](std::uint32_t cp) { return chars ? in_chars(chars, cp) : unicode::is_space(cp); };
    if (left) {
        while (a < b) {
            int len;
            std::uint32_t cp = decode(p + a, len);
            if (!strip_it(cp)) break;
            a += std::size_t(len);
        }
    }
    if (right) {
        while (b > a) {
            std::size_t st;
            std::uint32_t cp = cp_before(p, b, st);
            if (!strip_it(cp)) break;
            b = st;
        }
    }
    if (a == 0 && b == std::size_t(s->nbytes())) return const_cast<str*>(s);
    return str::from_utf8(p + a, b - a);
}

[[noreturn]] void raise_substring_not_found() { raise_value_error("substring not found"); }

str* pad(const str* s, i64 width, const str* fill, i64 left_count) {
    i64 n = s->len();
    if (width <= n) return const_cast<str*>(s);
    std::string f = fill ? std::string(fill->view()) : std::string(" ");
    std::string out;
    for (i64 i = 0; i < left_count; ++i) out += f;
    out.append(s->view());
    for (i64 i = 0; i < width - n - left_count; ++i) out += f;
    return str_impl::make(out, std::size_t(width));
}

void check_fill(const str* fill) {
    if (fill && fill->len() != 1) raise_type_error("The fill character must be exactly one character long");
}

}  // namespace

// ---- case mapping ----

namespace {
/// ASCII case mapping straight into a new str: bytes in lo..hi get bit 0x20
/// flipped (eight bytes at a time: every byte is < 0x80, so no carries).
str* ascii_case_map(const str* s, unsigned char lo, unsigned char hi) {
    std::size_t n = std::size_t(s->nbytes());
    const char* p = s->data();
    if (n < 2) {
        if (n == 0) return str::empty();
        unsigned char c = static_cast<unsigned char>(p[0]);
        return str::from_ascii_char(c >= lo && c <= hi ? c ^ 0x20 : c);
    }
    str* r = str_impl::alloc(n, n);
    char* out = str_impl::mutable_data(r);
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const std::uint64_t ge_lo = kOnes * (0x80 - lo), gt_hi = kOnes * (0x7F - hi);
    std::size_t i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        std::uint64_t in = ((w + ge_lo) & ~(w + gt_hi)) & kHigh;  // high bit set where lo <= byte <= hi
        w ^= in >> 2;
        std::memcpy(out + i, &w, 8);
    }
    for (; i < n; ++i) {
        unsigned char c = static_cast<unsigned char>(p[i]);
        out[i] = char(c >= lo && c <= hi ? c ^ 0x20 : c);
    }
    return r;
}

/// Number of bytes equal to c in [p, p + n) (eight at a time).
std::size_t count_byte(const char* p, std::size_t n, char c) {
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kLow7 = 0x7F7F7F7F7F7F7F7FULL;
    const std::uint64_t pat = kOnes * static_cast<unsigned char>(c);
    std::size_t k = 0, i = 0;
    for (; i + 8 <= n; i += 8) {
        std::uint64_t w;
        std::memcpy(&w, p + i, 8);
        std::uint64_t x = w ^ pat;                                // zero bytes where equal
        std::uint64_t nz = ((x & kLow7) + kLow7) | x;             // high bit set where nonzero
        k += std::size_t(((~nz >> 7) & kOnes) * kOnes >> 56);
    }
    for (; i < n; ++i) k += p[i] == c;
    return k;
}

/// The first c in [p, end), or end: a plain loop for the short distances of
/// word separators, memchr beyond.
inline const char* find_byte(const char* p, const char* end, char c) {
    // short distances (words) eight bytes at a time without a call, longer ones with memchr;
    // the lowest byte flagged by the zero-byte test is always a true match
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    const std::uint64_t pattern = kOnes * static_cast<unsigned char>(c);
    const char* stop = end - p > 32 ? p + 32 : end;
    for (; stop - p >= 8; p += 8) {
        std::uint64_t w;
        std::memcpy(&w, p, 8);
        w ^= pattern;
        std::uint64_t zero = (w - kOnes) & ~w & kHigh;
        if (zero) return p + (__builtin_ctzll(zero) >> 3);
    }
    for (; p < stop; ++p)
        if (*p == c) return p;
    if (p == end) return end;
    const void* hit = std::memchr(p, c, std::size_t(end - p));
    return hit ? static_cast<const char*>(hit) : end;
}
}  // namespace

str* str::upper() const {
    if (is_ascii()) return ascii_case_map(this, 'a', 'z');
    std::string out;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t, std::size_t) { unicode::append_upper(out, cp); });
    return make_from(out);
}

namespace {
/// Greek capital sigma lowercases to final sigma at the end of a word.
bool is_final_sigma(const str* s, std::size_t off, std::size_t len) {
    const char* p = s->data();
    bool before = false;
    if (off > 0) {
        std::size_t st;
        before = unicode::is_cased(cp_before(p, off, st));
    }
    bool after = false;
    std::size_t next = off + len;
    if (next < std::size_t(s->nbytes())) {
        int l;
        after = unicode::is_cased(decode(p + next, l));
    }
    return before && !after;
}
void append_lower_at(std::string& out, const str* s, std::uint32_t cp, std::size_t off, std::size_t len) {
    if (cp == 0x3A3 && is_final_sigma(s, off, len)) unicode::encode(out, 0x3C2);
    else unicode::append_lower(out, cp);
}
}  // namespace

str* str::lower() const {
    if (is_ascii()) return ascii_case_map(this, 'A', 'Z');
    std::string out;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t off, std::size_t len) { append_lower_at(out, this, cp, off, len); });
    return make_from(out);
}

str* str::casefold() const {
    if (is_ascii()) return ascii_case_map(this, 'A', 'Z');
    std::string out;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t, std::size_t) { unicode::append_casefold(out, cp); });
    return make_from(out);
}

str* str::capitalize() const {
    std::string out;
    bool first = true;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t off, std::size_t len) {
        if (first) unicode::append_upper(out, cp);
        else append_lower_at(out, this, cp, off, len);
        first = false;
    });
    return make_from(out);
}

str* str::title() const {
    std::string out;
    bool prev_cased = false;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t off, std::size_t len) {
        if (prev_cased) append_lower_at(out, this, cp, off, len);
        else unicode::append_upper(out, cp);
        prev_cased = unicode::is_cased(cp);
    });
    return make_from(out);
}

str* str::swapcase() const {
    std::string out;
    for_each_cp(this, [&](std::uint32_t cp, std::size_t off, std::size_t len) {
        if (unicode::is_upper(cp)) append_lower_at(out, this, cp, off, len);
        else if (unicode::is_lower(cp)) unicode::append_upper(out, cp);
        else unicode::encode(out, cp);
    });
    return make_from(out);
}

// ---- strip ----

str* str::strip(str* chars) const { return do_strip(this, chars, true, true); }
str* str::lstrip(str* chars) const { return do_strip(this, chars, true, false); }
str* str::rstrip(str* chars) const { return do_strip(this, chars, false, true); }

// ---- split / join ----

list<str*>* str::split(str* sep, i64 maxsplit) const {
    list<str*>* out = list<str*>::make_empty();
    const char* p = data();
    std::size_t n = std::size_t(nbytes_);
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (!sep) {
        if (is_ascii()) {
            const unsigned char* u = reinterpret_cast<const unsigned char*>(p);
            const unsigned char* cls = unicode::kByteClass;
            i64 words = 0;  // first pass: size the list exactly
            for (std::size_t i = 0; i < n; ++i) words += cls[u[i]] != 1 && (i == 0 || cls[u[i - 1]] == 1);
            out->reserve(words < maxsplit ? words : maxsplit + 1);
            std::size_t i = 0;
            while (true) {
                while (i < n && cls[u[i]] == 1) ++i;
                if (i >= n) break;
                if (maxsplit == 0) {  // remainder, trailing whitespace kept
                    out->append(str_impl::make_ascii(p + i, n - i));
                    break;
                }
                std::size_t j = i + 1;
                while (j < n && cls[u[j]] != 1) ++j;
                out->append(str_impl::shared_ascii(p + i, j - i));
                --maxsplit;
                i = j;
            }
            return out;
        }
        std::size_t i = 0;
        while (true) {
            while (i < n) {  // skip whitespace
                int len;
                std::uint32_t cp = decode(p + i, len);
                if (!unicode::is_space(cp)) break;
                i += std::size_t(len);
            }
            if (i >= n) break;
            if (maxsplit == 0) {
                // remainder, trailing whitespace kept
                out->append(str::from_utf8(p + i, n - i));
                break;
            }
            std::size_t j = i;
            while (j < n) {
                int len;
                std::uint32_t cp = decode(p + j, len);
                if (unicode::is_space(cp)) break;
                j += std::size_t(len);
            }
            out->append(str::from_utf8(p + i, j - i));
            --maxsplit;
            i = j;
        }
        return out;
    }
    if (sep->nbytes() == 0) raise_value_error("empty separator");
    std::size_t m = std::size_t(sep->nbytes());
    bool ascii = is_ascii();
    auto piece = [&](std::size_t a, std::size_t len) {
        return ascii ? str_impl::shared_ascii(p + a, len) : str::from_utf8(p + a, len);
    };
    std::size_t i = 0;
    if (m == 1) {
        char c = sep->data()[0];
        i64 k = i64(count_byte(p, n, c));  // first pass: size the list exactly
        if (k > maxsplit) k = maxsplit;
        out->reserve(k + 1);
        for (i64 done = 0; done < k; ++done) {
            std::size_t j = std::size_t(find_byte(p + i, p + n, c) - p);
            out->append(piece(i, j - i));
            i = j + 1;
        }
        out->append(piece(i, n - i));
        return out;
    }
    while (maxsplit > 0) {
        const void* hit = memmem(p + i, n - i, sep->data(), m);
        if (!hit) break;
        std::size_t j = std::size_t(static_cast<const char*>(hit) - p);
        out->append(piece(i, j - i));
        i = j + m;
        --maxsplit;
    }
    out->append(piece(i, n - i));
    return out;
}

list<str*>* str::rsplit(str* sep, i64 maxsplit) const {
    if (maxsplit < 0) return split(sep, -1);
    list<str*>* out = list<str*>::make_empty();
    const char* p = data();
    std::size_t n = std::size_t(nbytes_);
    if (!sep) {
        std::size_t j = n;
        while (true) {
            while (j > 0) {  // skip whitespace backwards
                std::size_t st;
                std::uint32_t cp = cp_before(p, j, st);
                if (!unicode::is_space(cp)) break;
                j = st;
            }
            if (j == 0) break;
            if (maxsplit == 0) {
                out->append(str::from_utf8(p, j));
                break;
            }
            std::size_t i = j;
            while (i > 0) {
                std::size_t st;
                std::uint32_t cp = cp_before(p, i, st);
                if (unicode::is_space(cp)) break;
                i = st;
            }
            out->append(str::from_utf8(p + i, j - i));
            --maxsplit;
            j = i;
        }
        out->reverse();
        return out;
    }
    if (sep->nbytes() == 0) raise_value_error("empty separator");
    std::size_t m = std::size_t(sep->nbytes());
    std::size_t j = n;
    while (maxsplit > 0 && j >= m) {
        std::size_t k = j - m + 1;  // search backwards for sep ending at or before j
        bool found = false;
        while (k-- > 0) {
            if (std::memcmp(p + k, sep->data(), m) == 0) {
                found = true;
                break;
            }
        }
        if (!found) break;
        out->append(str::from_utf8(p + k + m, j - k - m));
        j = k;
        --maxsplit;
    }
    out->append(str::from_utf8(p, j));
    out->reverse();
    return out;
}

list<str*>* str::splitlines(bool keepends) const {
    // one line-break scanner for both forms: the lazy loop range of str_lines.h
    list<str*>* out = list<str*>::make_empty();
    for (str* line : splitlines_range(this, keepends)) out->append(line);
    return out;
}

str::split_range::split_range(const str* s, str* sep, i64 maxsplit) : s_(s), sep_(sep), maxsplit_(maxsplit) {
    if (!sep) pieces_ = s->split(nullptr, maxsplit);
    else if (sep->nbytes() == 0) raise_value_error("empty separator");
}

str::split_range::iterator str::split_range::begin() {
    iterator it;
    it.r_ = this;
    it.left_ = maxsplit_ < 0 ? INT64_MAX : maxsplit_;
    advance(it);
    return it;
}

void str::split_range::advance(iterator& it) {
    if (pieces_) {
        if (i64(it.pos_) < pieces_->len()) it.cur_ = pieces_->at(i64(it.pos_++));
        else it.state_ = 2;
        return;
    }
    if (it.state_ != 0) {
        it.state_ = 2;
        return;
    }
    const char* p = s_->data();
    std::size_t n = std::size_t(s_->nbytes()), i = it.pos_, m = std::size_t(sep_->nbytes());
    if (it.left_ > 0) {
        const char* hit = m == 1 ? find_byte(p + i, p + n, sep_->data()[0])
                                 : static_cast<const char*>(memmem(p + i, n - i, sep_->data(), m));
        if (hit && hit != p + n) {
            std::size_t j = std::size_t(hit - p);
            it.cur_ = s_->is_ascii() ? str_impl::shared_ascii(p + i, j - i) : str_impl::piece(s_, i, j - i);
            it.pos_ = j + m;
            --it.left_;
            return;
        }
    }
    it.cur_ = s_->is_ascii() ? str_impl::shared_ascii(p + i, n - i) : str_impl::piece(s_, i, n - i);
    it.state_ = 1;
}

str* str::split_join(str* sep, i64 maxsplit, str* joiner) const {
    if (sep) {
        // splitting at each occurrence of sep and joining with joiner replaces the same
        // (leftmost, non-overlapping) occurrences that replace() does
        if (sep->nbytes() == 0) raise_value_error("empty separator");
        return replace(sep, joiner, maxsplit);
    }
    if (!is_ascii() || maxsplit >= 0) return joiner->join(split(nullptr, maxsplit));
    // " ".join(s.split()): the words of s (runs of non-whitespace) with joiner between them
    const unsigned char* u = reinterpret_cast<const unsigned char*>(data());
    const unsigned char* cls = unicode::kByteClass;
    std::size_t n = std::size_t(nbytes_);
    // Counts words and word bytes eight bytes at a time: a bit per byte (its high bit) says
    // whitespace; a word starts at a non-whitespace byte after whitespace or at the start. The
    // same pass notes whether the text is already normalised (words separated by single spaces,
    // nothing before the first or after the last), the common case, where the result equals s.
    constexpr std::uint64_t kOnes = 0x0101010101010101ULL, kHigh = 0x8080808080808080ULL;
    auto in_range = [](std::uint64_t w, unsigned lo, unsigned hi) {  // ASCII bytes lo..hi
        return ((w + kOnes * (0x80 - lo)) & ~(w + kOnes * (0x7F - hi))) & kHigh;
    };
    // the number of flagged bytes (one multiply; the generic build has no popcnt instruction)
    auto count_flags = [](std::uint64_t f) { return std::size_t(((f >> 7) * kOnes) >> 56); };
    std::size_t words = 0, word_bytes = 0;
    std::uint64_t prev_ws = 0x80, irregular = 0;  // the start counts as whitespace
    for (std::size_t i = 0; i < n; i += 8) {
        std::uint64_t w = 0, valid = kHigh;
        if (n - i >= 8) {
            std::memcpy(&w, u + i, 8);
        } else {
            std::memcpy(&w, u + i, n - i);
            valid = kHigh >> (8 * (8 - (n - i)));
        }
        std::uint64_t ws = (in_range(w, 0x09, 0x0D) | in_range(w, 0x1C, 0x20)) & valid;  // kByteClass 1
        std::uint64_t after_ws = (ws << 8) | prev_ws;
        std::uint64_t word = ~ws & valid;
        words += count_flags(word & after_ws);
        word_bytes += count_flags(word);
        irregular |= (ws & ~in_range(w, 0x20, 0x20)) | (ws & after_ws);
        prev_ws = ws >> 63 << 7;
    }
    if (n > 0 && cls[u[n - 1]] == 1) irregular = 1;
    if (words == 0) return str::empty();
    std::size_t jn = std::size_t(joiner->nbytes());
    if (!irregular && jn == 1 && joiner->data()[0] == ' ') return const_cast<str*>(this);
    std::size_t total = word_bytes + (words - 1) * jn;
    std::size_t chars = word_bytes + (words - 1) * std::size_t(joiner->len());
    if (words == 1) {  // the one word (joiner unused)
        if (word_bytes == n) return const_cast<str*>(this);
        std::size_t i = 0;
        while (cls[u[i]] == 1) ++i;
        return str_impl::make_ascii(data() + i, word_bytes);
    }
    if (total > str_impl::kMaxBytes) raise_memory_error();
    str* r = str_impl::alloc(total, chars);
    char* out = str_impl::mutable_data(r);
    const char* jp = joiner->data();
    std::size_t i = 0;
    bool first = true;
    while (true) {
        while (i < n && cls[u[i]] == 1) ++i;
        if (i >= n) break;
        std::size_t j = i + 1;
        while (j < n && cls[u[j]] != 1) ++j;
        if (!first) {
            if (jn == 1) *out++ = jp[0];
            else {
                std::memcpy(out, jp, jn);
                out += jn;
            }
        }
        first = false;
        copy_bytes(out, data() + i, j - i);
        out += j - i;
        i = j;
    }
    str_impl::finish(r);
    return r;
}

str* str::join(list<str*>* parts) const {
    i64 k = parts->len();
    if (k == 0) return str::empty();
    if (k == 1) return parts->at(0);
    str* const* items = parts->data();
    std::size_t sepn = std::size_t(nbytes_);
    std::size_t total = sepn * std::size_t(k - 1), chars = std::size_t(nchars_) * std::size_t(k - 1);
    for (i64 i = 0; i < k; ++i) {
        const str* s = items[i];
        if (KRAIT_UNLIKELY(!s)) {
            std::string msg = "sequence item ";
            append_int(msg, i);
            msg += ": expected str instance, NoneType found";
            raise_type_error(str::from_utf8(msg));
        }
        total += std::size_t(s->nbytes());
        chars += std::size_t(s->len());
    }
    if (total == 0) return str::empty();
    // a long ASCII result is built in an append buffer with room for a short tail, so the
    // common `"\n".join(lines) + "\n"` extends it in place instead of copying it whole
    str_impl::AppendBuffer* buf = nullptr;
    str* r;
    char* out;
    if (total == chars && total >= 4096 && total + 64 <= str_impl::kMaxBytes) {
        buf = static_cast<str_impl::AppendBuffer*>(gc_alloc_atomic(sizeof(str_impl::AppendBuffer) + total + 64));
        buf->cap = i64(total + 64);
        buf->used = i64(total);
        r = nullptr;
        out = buf->bytes();
    } else {
        r = str_impl::alloc(total, chars);
        out = str_impl::mutable_data(r);
    }
    const char* sp = data();
    auto put = [&out](const str* s) {
        std::size_t n = std::size_t(s->nbytes());
        copy_bytes(out, s->data(), n);
        out += n;
    };
    put(items[0]);
    if (sepn == 1) {
        char c = sp[0];
        for (i64 i = 1; i < k; ++i) {
            *out++ = c;
            put(items[i]);
        }
    } else {
        for (i64 i = 1; i < k; ++i) {
            std::memcpy(out, sp, sepn);
            out += sepn;
            put(items[i]);
        }
    }
    if (buf) return str_impl::appendable(buf, total);
    if (total == 1 && chars == 1) return str::from_ascii_char(static_cast<unsigned char>(str_impl::mutable_data(r)[0]));
    str_impl::finish(r);
    return r;
}

// ---- search ----

i64 str::find(str* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    adjust_indices(nchars_, start, end, a, b);
    if (a > nchars_ || b - a < sub->len()) return -1;
    i64 ba = byte_offset(a), bb = byte_offset(b);
    if (sub->nbytes() == 0) return a;
    const void* hit = memmem(data() + ba, std::size_t(bb - ba), sub->data(), std::size_t(sub->nbytes()));
    if (!hit) return -1;
    return char_index(this, static_cast<const char*>(hit) - data());
}

i64 str::rfind(str* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    adjust_indices(nchars_, start, end, a, b);
    if (a > nchars_ || b - a < sub->len()) return -1;
    if (sub->nbytes() == 0) return b;
    i64 ba = byte_offset(a), bb = byte_offset(b);
    std::size_t m = std::size_t(sub->nbytes());
    for (i64 k = bb - i64(m); k >= ba; --k)
        if (std::memcmp(data() + k, sub->data(), m) == 0) return char_index(this, k);
    return -1;
}

i64 str::index(str* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 r = find(sub, start, end);
    if (r < 0) raise_substring_not_found();
    return r;
}

i64 str::rindex(str* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 r = rfind(sub, start, end);
    if (r < 0) raise_substring_not_found();
    return r;
}

i64 str::count(str* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    adjust_indices(nchars_, start, end, a, b);
    if (a > nchars_ || b - a < sub->len()) return 0;
    if (sub->nbytes() == 0) return b - a + 1;
    i64 ba = byte_offset(a), bb = byte_offset(b);
    std::size_t m = std::size_t(sub->nbytes());
    i64 c = 0;
    const char* p = data() + ba;
    const char* e = data() + bb;
    while (true) {
        const void* hit = memmem(p, std::size_t(e - p), sub->data(), m);
        if (!hit) break;
        ++c;
        p = static_cast<const char*>(hit) + m;
    }
    return c;
}

bool str::startswith(str* prefix) const {
    return prefix->nbytes() <= nbytes_ && std::memcmp(data(), prefix->data(), std::size_t(prefix->nbytes())) == 0;
}

bool str::endswith(str* suffix) const {
    return suffix->nbytes() <= nbytes_ &&
           std::memcmp(data() + nbytes_ - suffix->nbytes(), suffix->data(), std::size_t(suffix->nbytes())) == 0;
}

namespace {
/// Whether sub occurs at the start (or the end) of s[start:end]; an empty sub matches unless
/// the window is past the end, as in CPython ("abc".startswith("", 4) is False).
bool tail_match(const str* s, const str* sub, std::optional<i64> start, std::optional<i64> end, bool at_end) {
    i64 a, b;
    adjust_indices(s->len(), start, end, a, b);
    if (b - sub->len() < a) return false;
    if (sub->len() == 0) return true;
    i64 first = at_end ? b - sub->len() : a;
    i64 at = s->byte_offset(first);
    if (s->byte_offset(first + sub->len()) - at != sub->nbytes()) return false;
    return std::memcmp(s->data() + at, sub->data(), std::size_t(sub->nbytes())) == 0;
}
}  // namespace

bool str::startswith(str* prefix, std::optional<i64> start, std::optional<i64> end) const {
    return tail_match(this, prefix, start, end, false);
}

bool str::endswith(str* suffix, std::optional<i64> start, std::optional<i64> end) const {
    return tail_match(this, suffix, start, end, true);
}

str* str::replace(str* old, str* by, i64 count) const {
    if (count < 0) count = INT64_MAX;
    const char* p = data();
    std::size_t n = std::size_t(nbytes_);
    if (old->nbytes() == 0) {
        std::string out;
        // insert `by` before every character and at the end
        std::size_t i = 0;
        while (i <= n) {
            if (count > 0) {
                out.append(by->view());
                --count;
            }
            if (i == n) break;
            int len = unicode::seq_len(static_cast<unsigned char>(p[i]));
            out.append(p + i, std::size_t(len));
            i += std::size_t(len);
        }
        return make_from(out);
    }
    std::size_t m = std::size_t(old->nbytes());
    const char* o = old->data();
    if (m == 1 && by->nbytes() <= 1 && count == INT64_MAX) {
        // one byte deleted or replaced by one byte everywhere (`s.replace(" ", "")`): a counting
        // pass eight bytes at a time, then one branch-free pass instead of a search and a copy
        // per occurrence
        const char oc = o[0];
        std::size_t k = count_byte(p, n, oc);
        if (k == 0) return const_cast<str*>(this);
        std::size_t bn = std::size_t(by->nbytes()), total = n - k + k * bn;
        std::size_t chars = std::size_t(nchars_) - k + k * bn;
        if (total == 0) return str::empty();
        str* r = str_impl::alloc(total, chars);
        char* out = str_impl::mutable_data(r);
        if (bn == 1) {
            const char b = by->data()[0];
            for (std::size_t i = 0; i < n; ++i) out[i] = p[i] == oc ? b : p[i];
        } else {
            // out[j] is written before j moves on, so the last write may land on out[total]:
            // the NUL's place, written again below
            std::size_t j = 0;
            for (std::size_t i = 0; i < n; ++i) {
                out[j] = p[i];
                j += p[i] != oc;
            }
            out[total] = '\0';
        }
        if (total == 1 && chars == 1) return str::from_ascii_char(static_cast<unsigned char>(out[0]));
        str_impl::finish(r);
        return r;
    }
    auto next_hit = [&](std::size_t from) -> const char* {  // first match at or after from, or nullptr
        if (m == 1) {
            const char* hit = find_byte(p + from, p + n, o[0]);
            return hit == p + n ? nullptr : hit;
        }
        return static_cast<const char*>(memmem(p + from, n - from, o, m));
    };
    i64 k = 0;  // first pass: count the replacements
    for (std::size_t i = 0; k < count;) {
        const char* hit = next_hit(i);
        if (!hit) break;
        ++k;
        i = std::size_t(hit - p) + m;
    }
    if (k == 0) return const_cast<str*>(this);
    std::size_t bn = std::size_t(by->nbytes());
    std::size_t total = n - std::size_t(k) * m + std::size_t(k) * bn;
    std::size_t chars = std::size_t(nchars_ - k * old->len() + k * by->len());
    if (total == 0) return str::empty();
    str* r = str_impl::alloc(total, chars);
    char* out = str_impl::mutable_data(r);
    const char* b = by->data();
    std::size_t i = 0;
    for (i64 done = 0; done < k; ++done) {
        const char* hit = next_hit(i);
        std::size_t j = std::size_t(hit - p);
        std::memcpy(out, p + i, j - i);
        out += j - i;
        if (bn == 1) *out++ = b[0];
        else {
            std::memcpy(out, b, bn);
            out += bn;
        }
        i = j + m;
    }
    std::memcpy(out, p + i, n - i);
    if (total == 1 && chars == 1) return str::from_ascii_char(static_cast<unsigned char>(str_impl::mutable_data(r)[0]));
    str_impl::finish(r);
    return r;
}

str* str::removeprefix(str* prefix) const {
    if (prefix->nbytes() && startswith(prefix)) return slice(prefix->len(), std::nullopt);
    return const_cast<str*>(this);
}

str* str::removesuffix(str* suffix) const {
    if (suffix->nbytes() && endswith(suffix)) return slice(std::nullopt, nchars_ - suffix->len());
    return const_cast<str*>(this);
}

// ---- predicates ----

namespace {
template <class Pred>
bool all_cps(const str* s, Pred pred) {
    if (s->nbytes() == 0) return false;
    bool ok = true;
    for_each_cp(s, [&](std::uint32_t cp, std::size_t, std::size_t) { ok = ok && pred(cp); });
    return ok;
}
}  // namespace

bool str::isdigit() const { return all_cps(this, unicode::is_digit); }
// both are True for the empty string, unlike the other predicates
bool str::isprintable() const { return nbytes() == 0 || all_cps(this, unicode::is_printable); }
bool str::isascii() const { return unicode::is_ascii(data(), nbytes()); }
bool str::isalpha() const { return all_cps(this, unicode::is_alpha); }
bool str::isalnum() const {
    return all_cps(this, [](std::uint32_t c) {
        return unicode::is_alpha(c) || unicode::is_decimal(c) || unicode::is_digit(c) || unicode::is_numeric(c);
    });
}
bool str::isspace() const { return all_cps(this, unicode::is_space); }
bool str::isupper() const {
    bool cased = false, ok = true;
    for_each_cp(this, [&](std::uint32_t c, std::size_t, std::size_t) {
        if (unicode::is_lower(c) || unicode::is_title(c)) ok = false;
        else if (unicode::is_upper(c)) cased = true;
    });
    return ok && cased;
}
bool str::islower() const {
    bool cased = false, ok = true;
    for_each_cp(this, [&](std::uint32_t c, std::size_t, std::size_t) {
        if (unicode::is_upper(c) || unicode::is_title(c)) ok = false;
        else if (unicode::is_lower(c)) cased = true;
    });
    return ok && cased;
}
bool str::istitle() const {
    // cased characters start words in upper (or title) case; uncased ones separate words
    bool cased = false, ok = true, previous_cased = false;
    for_each_cp(this, [&](std::uint32_t c, std::size_t, std::size_t) {
        if (unicode::is_upper(c) || unicode::is_title(c)) {
            if (previous_cased) ok = false;
            previous_cased = cased = true;
        } else if (unicode::is_lower(c)) {
            if (!previous_cased) ok = false;
            previous_cased = cased = true;
        } else {
            previous_cased = false;
        }
    });
    return ok && cased;
}

str* str::expandtabs(i64 tabsize) const {
    std::string out;
    i64 column = 0;
    for_each_cp(this, [&](std::uint32_t c, std::size_t at, std::size_t n) {
        if (c == '\t') {
            if (tabsize > 0) {
                i64 pad = tabsize - column % tabsize;
                out.append(std::size_t(pad), ' ');
                column += pad;
            }
        } else {
            out.append(data() + at, n);
            column = (c == '\n' || c == '\r') ? 0 : column + 1;
        }
    });
    return from_utf8(out);
}

bool str::isidentifier() const {
    if (nbytes_ == 0) return false;
    bool first = true, ok = true;
    for_each_cp(this, [&](std::uint32_t c, std::size_t, std::size_t) {
        bool start = c == '_' || unicode::is_alpha(c);
        ok = ok && (first ? start : (start || unicode::is_decimal(c) || unicode::is_digit(c)));
        first = false;
    });
    return ok;
}

// ---- padding ----

str* str::center(i64 width, str* fill) const {
    check_fill(fill);
    if (width <= nchars_) return const_cast<str*>(this);  // before subtracting: width may be -2**63
    i64 marg = width - nchars_;
    i64 left = marg / 2 + (marg & width & 1);
    return pad(this, width, fill, left);
}
str* str::ljust(i64 width, str* fill) const {
    check_fill(fill);
    return pad(this, width, fill, 0);
}
str* str::rjust(i64 width, str* fill) const {
    check_fill(fill);
    return pad(this, width, fill, width - nchars_);
}
str* str::zfill(i64 width) const {
    if (width <= nchars_) return const_cast<str*>(this);
    std::string out;
    std::string_view v = view();
    std::size_t signlen = 0;
    if (!v.empty() && (v[0] == '+' || v[0] == '-')) {
        out += v[0];
        signlen = 1;
    }
    out.append(std::size_t(width - nchars_), '0');
    out.append(v.substr(signlen));
    return str_impl::make(out, std::size_t(width));
}

// ---- str.maketrans / str.translate ----

str* detail::str_translate(str* s, TranslateLookup lookup, const void* table) {
    std::string out;
    out.reserve(std::size_t(s->nbytes()));
    std::size_t nchars = 0;
    for (const char *p = s->data(), *e = p + s->nbytes(); p < e;) {
        int n = 0;
        std::uint32_t cp = unicode::decode(p, n);
        TranslateEntry t = lookup(table, i64(cp));
        switch (t.kind) {
            case TranslateEntry::Keep:
                out.append(p, std::size_t(n));
                ++nchars;
                break;
            case TranslateEntry::Delete:
                break;
            case TranslateEntry::CodePoint:
                if (t.cp < 0 || t.cp > 0x10FFFF) raise_value_error("character mapping must be in range(0x110000)");
                unicode::encode(out, std::uint32_t(t.cp));
                ++nchars;
                break;
            case TranslateEntry::Text:
                out.append(t.text->data(), std::size_t(t.text->nbytes()));
                nchars += std::size_t(t.text->len());
                break;
            case TranslateEntry::BadType:
                raise_type_error("character mapping must return integer, None or str");
        }
        p += n;
    }
    return str_impl::make(out, nchars);
}

namespace {
template <class V>
void maketrans_pairs(dict<i64, V>* d, str* x, str* y) {
    if (x->len() != y->len()) raise_value_error("the first two maketrans arguments must have equal length");
    const char *p = x->data(), *q = y->data();
    for (i64 i = 0; i < x->len(); ++i) {
        int n = 0, m = 0;
        std::uint32_t a = unicode::decode(p, n), b = unicode::decode(q, m);
        d->setitem(i64(a), V(i64(b)));
        p += n;
        q += m;
    }
}
}  // namespace

dict<i64, i64>* str_maketrans(str* x, str* y) {
    auto* d = dict<i64, i64>::make_empty();
    maketrans_pairs(d, x, y);
    return d;
}

dict<i64, optional<i64>>* str_maketrans(str* x, str* y, str* z) {
    auto* d = dict<i64, optional<i64>>::make_empty();
    maketrans_pairs(d, x, y);
    for (const char *p = z->data(), *e = p + z->nbytes(); p < e;) {
        int n = 0;
        d->setitem(i64(unicode::decode(p, n)), optional<i64>());
        p += n;
    }
    return d;
}

}  // namespace krait
