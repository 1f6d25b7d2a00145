// str.h -- Python's immutable str.
//
// Representation: usually one atomic (pointer-free) GC block holding a small
// header followed by the UTF-8 bytes. Lengths, indices and slices count code
// points, as in Python. Pure-ASCII strings (the common case) index in O(1)
// directly on the bytes; non-ASCII strings additionally carry, after their
// bytes, a table of the byte offset of every 32nd code point, which makes
// indexing O(1) as well (at most 31 code points are skipped).
// Long ASCII results of concatenation instead point into a separate buffer
// with spare capacity: `s = s + t` appends in place when s ends where the
// buffer's used part ends, so building a string with += in a loop is
// amortised O(n) as in CPython. The bytes are therefore NOT NUL-terminated.
// Single-character strings for code points < 256 are cached.
#pragma once

#include <cstdint>
#include <cstring>
#include <initializer_list>
#include <optional>
#include <string>
#include <string_view>

#include "krait/core.h"
#include "krait/gc.h"

namespace krait {

template <class T>
class list;

class str final {
public:
    // ---- construction ----
    /// A new str from UTF-8 bytes (assumed valid UTF-8).
    static str* from_utf8(const char* s, std::size_t n);
    static str* from_utf8(std::string_view s) { return from_utf8(s.data(), s.size()); }
    /// A new str from a NUL-terminated UTF-8 C string.
    static str* from_cstr(const char* s) { return from_utf8(s, std::strlen(s)); }
    /// The empty string (shared).
    static str* empty();
    /// The one-character string for code point cp (cached when cp < 256).
    static str* from_code_point(std::uint32_t cp);
    /// The one-character string for an ASCII byte (always cached).
    static str* from_ascii_char(unsigned char c) {
        str* s = char_cache_[c];
        return KRAIT_LIKELY(s != nullptr) ? s : make_cached_char(c);
    }

    // ---- observers ----
    /// len(s): the number of code points.
    i64 len() const { return i64(nchars_); }
    /// The number of UTF-8 bytes.
    i64 nbytes() const { return i64(nbytes_); }
    /// The UTF-8 bytes (nbytes() of them; not NUL-terminated).
    const char* data() const { return data_; }
    std::string_view view() const { return std::string_view(data(), std::size_t(nbytes_)); }
    bool is_ascii() const { return nbytes_ == nchars_; }
    /// hash(s) (cached; not CPython's randomised value).
    std::size_t hash() const {
        std::size_t h = hash_;
        return KRAIT_LIKELY(h != 0) ? h : compute_hash();
    }

    /// s[i] (negative i counts from the end); IndexError when out of range.
    str* getitem(i64 i) const {
        i64 n = i64(nchars_);
        if (i < 0) i += n;
        if (KRAIT_UNLIKELY(u64(i) >= u64(n))) raise_index_error("string index out of range");
        if (KRAIT_LIKELY(is_ascii())) return from_ascii_char(static_cast<unsigned char>(data()[i]));
        return getitem_nonascii(i);
    }
    /// The code point at index i (0 <= i < len(), unchecked).
    std::uint32_t code_point_at(i64 i) const;
    /// Byte offset of code point index i (0 <= i <= len()).
    i64 byte_offset(i64 i) const {
        if (KRAIT_LIKELY(is_ascii())) return i;
        return byte_offset_nonascii(i);
    }
    /// s[lo:hi:step] with Python's slice semantics (nullopt = omitted).
    str* slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const;

    // ---- methods (str.cpp / str_methods.cpp) ----
    str* upper() const;
    str* lower() const;
    str* casefold() const;
    str* capitalize() const;
    str* title() const;
    str* swapcase() const;
    str* strip(str* chars = nullptr) const;
    str* lstrip(str* chars = nullptr) const;
    str* rstrip(str* chars = nullptr) const;
    /// s.split() (whitespace) when sep is nullptr; maxsplit -1 = no limit.
    list<str*>* split(str* sep = nullptr, i64 maxsplit = -1) const;
    list<str*>* rsplit(str* sep = nullptr, i64 maxsplit = -1) const;
    list<str*>* splitlines(bool keepends = false) const;
    str* join(list<str*>* parts) const;
    /// joiner.join(s.split(sep, maxsplit)) without building the list and its pieces.
    str* split_join(str* sep, i64 maxsplit, str* joiner) const;
    class split_range;
    /// `for w in s.split(sep, maxsplit)`: the same pieces, made one at a time (no list).
    split_range iter_split(str* sep, i64 maxsplit) const;
    str* replace(str* old, str* by, i64 count = -1) const;
    /// find/rfind/index/rindex/count with optional [start, end) like Python.
    i64 find(str* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 rfind(str* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 index(str* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 rindex(str* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 count(str* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    bool startswith(str* prefix) const;
    bool endswith(str* suffix) const;
    /// s.startswith(prefix, start[, end]): the test on s[start:end], as CPython's tailmatch.
    bool startswith(str* prefix, std::optional<i64> start, std::optional<i64> end = std::nullopt) const;
    bool endswith(str* suffix, std::optional<i64> start, std::optional<i64> end = std::nullopt) const;
    bool isdigit() const;
    bool isdecimal() const { return isdigit(); }
    bool isnumeric() const { return isdigit(); }
    bool isalpha() const;
    bool isalnum() const;
    bool isspace() const;
    bool isupper() const;
    bool islower() const;
    bool isidentifier() const;
    bool isprintable() const;
    bool isascii() const;
    bool istitle() const;
    str* expandtabs(i64 tabsize = 8) const;
    str* center(i64 width, str* fill = nullptr) const;
    str* ljust(i64 width, str* fill = nullptr) const;
    str* rjust(i64 width, str* fill = nullptr) const;
    str* zfill(i64 width) const;
    str* removeprefix(str* prefix) const;
    str* removesuffix(str* suffix) const;

    // ---- iteration: `for (str* ch : *s)` yields one-character strings ----
    class iterator {
    public:
        explicit iterator(const char* p) : p_(p) {}
        str* operator*() const {
            unsigned char c = static_cast<unsigned char>(*p_);
            if (KRAIT_LIKELY(c < 0x80)) return from_ascii_char(c);
            return decode_one(p_);
        }
        iterator& operator++() {
            unsigned char c = static_cast<unsigned char>(*p_);
            p_ += KRAIT_LIKELY(c < 0x80) ? 1 : (c >= 0xF0 ? 4 : c >= 0xE0 ? 3 : 2);
            return *this;
        }
        bool operator!=(const iterator& o) const { return p_ != o.p_; }
        bool operator==(const iterator& o) const { return p_ == o.p_; }

    private:
        const char* p_;
    };
    iterator begin() const { return iterator(data()); }
    iterator end() const { return iterator(data() + nbytes_); }

private:
    str() = default;
    char* mutable_data() { return const_cast<char*>(data_); }
    static str* make_cached_char(unsigned char c);
    static str* decode_one(const char* p);
    str* getitem_nonascii(i64 i) const;
    i64 byte_offset_nonascii(i64 i) const;
    std::size_t compute_hash() const;
    friend struct str_impl;

    const char* data_;  // this + 1, or into a shared append buffer
    std::uint32_t nbytes_;  // 32-bit lengths keep the header at 24 bytes:
    std::uint32_t nchars_;  // a str holds less than 4 GiB (MemoryError beyond)
    mutable std::size_t hash_;  // 0 = not yet computed
    static str* char_cache_[256];
};

/// Accumulates the UTF-8 bytes of a str being built piece by piece (re.sub, splitting and
/// joining) directly in GC memory: a long ASCII result becomes a str without copying the bytes
/// again (its header points into the buffer, as for appendable concatenation results), where a
/// std::string would be copied once more and grow through malloc's fresh pages.
class str_builder {
public:
    /// capacity_hint: the expected result size in bytes (growth doubles beyond it).
    explicit str_builder(std::size_t capacity_hint);
    /// Appends n bytes; ascii says they are all ASCII (false when unknown).
    void append(const char* p, std::size_t n, bool ascii) {
        if (KRAIT_UNLIKELY(n > cap_ - used_)) grow(n);
        std::memcpy(bytes_ + used_, p, n);
        used_ += n;
        ascii_ = ascii_ && ascii;
    }
    void append(const str* s) { append(s->data(), std::size_t(s->nbytes()), s->is_ascii()); }
    /// Appends bytes [a, b) of s (byte offsets on code point boundaries).
    void append_bytes_of(const str* s, i64 a, i64 b) { append(s->data() + a, std::size_t(b - a), s->is_ascii()); }
    /// The str built so far (the builder must not be used afterwards).
    str* finish();

private:
    void grow(std::size_t extra);
    void* buffer_;  // the GC block holding bytes_ (kept here so the collector sees the block)
    char* bytes_;
    std::size_t used_ = 0;
    std::size_t cap_ = 0;
    bool ascii_ = true;
};

/// sep.join(generator expression of strs): each item goes straight into the result as it is
/// made, without the list of items; an item that is a chain of `+` is appended piece by piece
/// (add_part, add_slice_part), so `w[:1].upper() + w[1:]` makes no str of its own.
class str_joiner {
public:
    str_joiner(str* sep) : sep_(sep), out_(64) {}  // NOLINT: `str_joiner j = sep;` in generated code
    /// Generated code calls members through `->`, as on every other runtime object.
    str_joiner* operator->() { return this; }
    /// Starts the next item (the separator goes before every item but the first).
    void next() {
        if (items_++ != 0) out_.append(sep_);
    }
    /// The whole item.
    void add(const str* s) {
        if (KRAIT_UNLIKELY(!s)) raise_item_none();
        out_.append(s);
    }
    /// One operand of the item's `+` chain.
    void add_part(const str* s) {
        if (KRAIT_UNLIKELY(!s)) raise_type_error("can only concatenate str (not \"NoneType\") to str");
        out_.append(s);
    }
    /// s[lo:hi] as one operand of the item's `+` chain.
    void add_slice_part(const str* s, std::optional<i64> lo, std::optional<i64> hi);
    str* finish() { return out_.finish(); }

private:
    [[noreturn]] void raise_item_none() const;
    str* sep_;
    str_builder out_;
    i64 items_ = 0;
};

/// The pieces of s.split(sep, maxsplit), made as the loop asks for them. With an explicit
/// separator each step finds the next occurrence; whitespace splitting (sep None) makes the list.
class str::split_range {
public:
    split_range(const str* s, str* sep, i64 maxsplit);
    class iterator {
    public:
        str* operator*() const { return cur_; }
        iterator& operator++() {
            r_->advance(*this);
            return *this;
        }
        bool operator!=(const iterator& o) const { return state_ != o.state_; }

    private:
        friend class split_range;
        split_range* r_;
        str* cur_ = nullptr;
        std::size_t pos_ = 0;  // byte offset where the next piece starts
        i64 left_ = 0;         // splits still allowed
        int state_ = 0;        // 0: more to scan, 1: the last piece is current, 2: finished
    };
    iterator begin();
    iterator end() {
        iterator e;
        e.r_ = this;
        e.state_ = 2;
        return e;
    }

private:
    void advance(iterator& it);
    const str* s_;
    str* sep_;
    i64 maxsplit_;
    list<str*>* pieces_ = nullptr;  // whitespace splitting: the list, walked by index (pos_)
};

inline str::split_range str::iter_split(str* sep, i64 maxsplit) const { return split_range(this, sep, maxsplit); }

// ---- free functions on str ----

/// a + b
str* str_concat(str* a, str* b);
/// parts[0] + parts[1] + ... in one allocation (f-strings, joined literals):
/// the total length is computed once. A nullptr part is "None".
str* str_concat_many(str* const* parts, std::size_t n);
inline str* str_concat_many(std::initializer_list<str*> parts) {
    return str_concat_many(parts.begin(), parts.size());
}
/// str_build(a, b, c...) == str_concat_many({a, b, c...}).
template <class... S>
inline str* str_build(S*... parts) {
    str* array[] = {parts...};
    return str_concat_many(array, sizeof...(S));
}
/// a + b + c... (a chain of str `+`, no part None) in one step: like str_concat_many, but
/// like str_concat a long ASCII result may later be extended in place, and a first part that
/// may be is extended in place, so `s = s + a + b` in a loop stays amortised O(n).
str* str_add_many(str* const* parts, std::size_t n);
/// str_add(a, b, c...) == str_add_many({a, b, c...}).
template <class... S>
inline str* str_add(S*... parts) {
    str* array[] = {parts...};
    return str_add_many(array, sizeof...(S));
}
/// s * n (n <= 0 gives '')
str* str_repeat(str* s, i64 n);
/// The n bytes at p and q are equal. Short runs (words, dict keys) compare inline with two
/// overlapping loads per side, which never read outside the n bytes; longer ones call memcmp.
inline bool bytes_equal(const char* p, const char* q, std::size_t n) {
    if (n >= 8) {
        if (n > 16) return std::memcmp(p, q, n) == 0;
        std::uint64_t a0, a1, b0, b1;
        std::memcpy(&a0, p, 8);
        std::memcpy(&b0, q, 8);
        std::memcpy(&a1, p + n - 8, 8);
        std::memcpy(&b1, q + n - 8, 8);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    if (n >= 4) {
        std::uint32_t a0, a1, b0, b1;
        std::memcpy(&a0, p, 4);
        std::memcpy(&b0, q, 4);
        std::memcpy(&a1, p + n - 4, 4);
        std::memcpy(&b1, q + n - 4, 4);
        return ((a0 ^ b0) | (a1 ^ b1)) == 0;
    }
    for (std::size_t i = 0; i < n; ++i)
        if (p[i] != q[i]) return false;
    return true;
}
/// a == b (contents)
inline bool str_eq(const str* a, const str* b) {
    if (a == b) return true;
    if (!a || !b) return false;
    return a->nbytes() == b->nbytes() && bytes_equal(a->data(), b->data(), std::size_t(a->nbytes()));
}
/// <0, 0, >0 comparing code point sequences (UTF-8 byte order is code point order).
inline int str_cmp(const str* a, const str* b) {
    std::size_t na = std::size_t(a->nbytes()), nb = std::size_t(b->nbytes());
    int c = std::memcmp(a->data(), b->data(), na < nb ? na : nb);
    if (c != 0) return c;
    return na < nb ? -1 : (na > nb ? 1 : 0);
}
/// needle in hay
bool str_contains(const str* hay, const str* needle);
/// repr(s) with Python's quoting and escaping rules.
str* str_repr(const str* s);
/// Appends repr(s) to out.
void append_str_repr(std::string& out, const str* s);
/// chr(cp) / ord(s)
str* chr(i64 cp);
i64 ord_slow(str* s);
inline i64 ord(str* s) {
    if (KRAIT_LIKELY(s->nbytes() == 1)) return static_cast<unsigned char>(s->data()[0]);
    return ord_slow(s);
}

namespace literals {
/// "text"_s: a new str from a literal (hoist into a static for speed).
inline str* operator""_s(const char* s, std::size_t n) { return str::from_utf8(s, n); }
}  // namespace literals

}  // namespace krait
