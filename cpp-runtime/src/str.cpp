// str.cpp -- str representation, construction, indexing, slicing,
// concatenation, comparison helpers and repr.
#include "krait/str.h"

#include <cstring>
#include <string>

#include "krait/exceptions.h"
#include "krait/list.h"
#include "krait/slice.h"
#include "str_impl.h"
#include "unicode.h"

namespace krait {

str* str::char_cache_[256];
static_assert(sizeof(str) == 24, "str header: data pointer, 32-bit lengths, hash");

// ---- layout helpers (str_impl.h) ----

std::size_t str_impl::index_offset(std::size_t nbytes) { return (nbytes + 1 + 3) & ~std::size_t(3); }

str* str_impl::alloc(std::size_t nbytes, std::size_t nchars) {
    if (KRAIT_UNLIKELY(nbytes > kMaxBytes)) raise_memory_error();
    std::size_t size = sizeof(str) + nbytes + 1;
    str* s;
    if (KRAIT_LIKELY(nbytes == nchars)) {
        s = static_cast<str*>(gc_alloc_atomic_tight(size));  // ends with the NUL
    } else {
        size = sizeof(str) + index_offset(nbytes) + 4 * (nchars / kIndexStride + 1);
        s = static_cast<str*>(gc_alloc_atomic(size));
    }
    s->data_ = reinterpret_cast<const char*>(s + 1);
    s->nbytes_ = std::uint32_t(nbytes);
    s->nchars_ = std::uint32_t(nchars);
    s->hash_ = 0;
    s->mutable_data()[nbytes] = '\0';
    return s;
}

void str_impl::finish(str* s) {
    if (s->is_ascii()) return;
    std::uint32_t* idx = index(s);
    const char* p = s->data();
    std::size_t n = std::size_t(s->nbytes_);
    std::size_t ch = 0;
    for (std::size_t b = 0; b < n; ++b) {
        if ((static_cast<unsigned char>(p[b]) & 0xC0) != 0x80) {
            if (ch % kIndexStride == 0) idx[ch / kIndexStride] = std::uint32_t(b);
            ++ch;
        }
    }
    if (ch % kIndexStride == 0) idx[ch / kIndexStride] = std::uint32_t(n);
}

str* str_impl::make(const char* bytes, std::size_t nbytes, std::size_t nchars) {
    str* s = alloc(nbytes, nchars);
    copy_bytes(s->mutable_data(), bytes, nbytes);
    finish(s);
    return s;
}

// ---- construction ----

str* str::from_utf8(const char* s, std::size_t n) {
    if (n < 2) {
        if (n == 0) return empty();
        if (static_cast<unsigned char>(s[0]) < 0x80) return from_ascii_char(static_cast<unsigned char>(s[0]));
    }
    return str_impl::make(s, n, unicode::count_code_points(s, n));
}

str* str::empty() {
    static str* e = nullptr;
    if (KRAIT_UNLIKELY(!e)) {
        e = static_cast<str*>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(sizeof(str) + 1));
        e->data_ = reinterpret_cast<const char*>(e + 1);
        e->nbytes_ = e->nchars_ = 0;
        e->hash_ = 0;
        e->mutable_data()[0] = '\0';
    }
    return e;
}

str* str::make_cached_char(unsigned char c) {
    // Single-character strings for code points < 256 live forever.
    std::string utf8;
    unicode::encode(utf8, c);
    std::size_t nb = utf8.size();
    std::size_t size = nb == 1 ? sizeof(str) + 2 : sizeof(str) + str_impl::index_offset(nb) + 4 * 1;
    str* s = static_cast<str*>(GC_MALLOC_ATOMIC_UNCOLLECTABLE(size));
    s->data_ = reinterpret_cast<const char*>(s + 1);
    s->nbytes_ = std::uint32_t(nb);
    s->nchars_ = 1;
    s->hash_ = 0;
    std::memcpy(s->mutable_data(), utf8.data(), nb);
    s->mutable_data()[nb] = '\0';
    str_impl::finish(s);
    char_cache_[c] = s;
    return s;
}

namespace {
// The table behind str_impl::shared_ascii: static data, so a root for the collector (it keeps at
// most kSharedSlots small strs alive).
constexpr std::size_t kSharedSlots = 1024;
str* shared_pieces[kSharedSlots];

// The bytes [p, p + n) for 2 <= n <= 16 as two words (overlapping loads, as copy_bytes does).
inline void piece_words(const char* p, std::size_t n, std::uint64_t& a, std::uint64_t& b) {
    if (n >= 8) {
        std::memcpy(&a, p, 8);
        std::memcpy(&b, p + n - 8, 8);
    } else if (n >= 4) {
        std::uint32_t x, y;
        std::memcpy(&x, p, 4);
        std::memcpy(&y, p + n - 4, 4);
        a = x, b = y;
    } else {
        a = static_cast<unsigned char>(p[0]) | (std::uint64_t(static_cast<unsigned char>(p[n / 2])) << 8);
        b = static_cast<unsigned char>(p[n - 1]);
    }
}
}  // namespace

str* str_impl::shared_ascii_lookup(const char* p, std::size_t n) {
    std::uint64_t x, y;
    piece_words(p, n, x, y);
    std::uint64_t h = (x * 0x9E3779B97F4A7C15ULL) ^ (y * 0xC2B2AE3D27D4EB4FULL) ^ n;
    std::size_t slot = std::size_t(h >> 54) % kSharedSlots;
    str* c = shared_pieces[slot];
    if (c && std::size_t(c->nbytes()) == n) {
        std::uint64_t cx, cy;
        piece_words(c->data(), n, cx, cy);
        if (cx == x && cy == y) return c;
    }
    c = make_ascii(p, n);
    shared_pieces[slot] = c;
    return c;
}

str* str::from_code_point(std::uint32_t cp) {
    if (cp < 256) {
        str* s = char_cache_[cp];
        return s ? s : make_cached_char(static_cast<unsigned char>(cp));
    }
    std::string utf8;
    unicode::encode(utf8, cp);
    return str_impl::make(utf8.data(), utf8.size(), 1);
}

str* str::decode_one(const char* p) {
    int n;
    std::uint32_t cp = unicode::decode(p, n);
    return from_code_point(cp);
}

// ---- indexing ----

i64 str::byte_offset_nonascii(i64 i) const {
    const std::uint32_t* idx = str_impl::index(this);
    std::size_t b = idx[std::size_t(i) / str_impl::kIndexStride];
    const char* p = data();
    for (i64 k = i % str_impl::kIndexStride; k > 0; --k) b += unicode::seq_len(static_cast<unsigned char>(p[b]));
    return i64(b);
}

std::uint32_t str::code_point_at(i64 i) const {
    if (is_ascii()) return static_cast<unsigned char>(data()[i]);
    int n;
    return unicode::decode(data() + byte_offset_nonascii(i), n);
}

str* str::getitem_nonascii(i64 i) const { return decode_one(data() + byte_offset_nonascii(i)); }

str* str::slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step) const {
    if (!step || *step == 1) {
        i64 a, b;
        slice_clamp(nchars_, lo, hi, a, b);
        if (a == 0 && b == nchars_) return const_cast<str*>(this);
        if (KRAIT_LIKELY(is_ascii())) return str_impl::make_ascii(data() + a, std::size_t(b - a));
        if (b <= a) return empty();
        i64 ba = byte_offset(a), bb = byte_offset(b);
        return str_impl::make(data() + ba, std::size_t(bb - ba), std::size_t(b - a));
    }
    SliceRange r = slice_range(nchars_, lo, hi, step);
    std::string out;
    if (is_ascii()) {
        out.reserve(std::size_t(r.count));
        for (i64 k = 0, i = r.start; k < r.count; ++k, i += r.step) out += data()[i];
        return str_impl::make(out.data(), out.size(), out.size());
    }
    for (i64 k = 0, i = r.start; k < r.count; ++k, i += r.step) unicode::encode(out, code_point_at(i));
    return str_impl::make(out.data(), out.size(), std::size_t(r.count));
}

std::size_t str::compute_hash() const {
    // 64-bit multiply-xorshift hash over 8-byte words (not CPython's SipHash,
    // whose value is randomised per process anyway).
    const unsigned char* p = reinterpret_cast<const unsigned char*>(data());
    std::size_t n = std::size_t(nbytes_);
    u64 h = 0x9E3779B97F4A7C15ULL ^ (n * 0xC2B2AE3D27D4EB4FULL);
    while (n >= 8) {
        u64 w;
        std::memcpy(&w, p, 8);
        h = (h ^ (w * 0x87C37B91114253D5ULL)) * 0x4CF5AD432745937FULL;
        h ^= h >> 29;
        p += 8;
        n -= 8;
    }
    // the last n < 8 bytes as a little-endian word (what memcpy into a zeroed word gives),
    // without a call for the variable-length copy: two overlapping loads agree where they overlap
    u64 w = 0;
    if (n >= 4) {
        std::uint32_t lo, hi;
        std::memcpy(&lo, p, 4);
        std::memcpy(&hi, p + n - 4, 4);
        w = u64(lo) | (u64(hi) << (8 * (n - 4)));
    } else if (n > 0) {
        w = u64(p[0]) | (u64(p[n / 2]) << (8 * (n / 2))) | (u64(p[n - 1]) << (8 * (n - 1)));
    }
    h = (h ^ (w * 0x87C37B91114253D5ULL)) * 0x4CF5AD432745937FULL;
    h ^= h >> 32;
    h *= 0xD6E8FEB86659FD93ULL;
    h ^= h >> 32;
    if (h == 0) h = 1;
    hash_ = std::size_t(h);
    return hash_;
}

// ---- free functions ----

str* str_impl::appendable(AppendBuffer* buf, std::size_t n) {
    str* s = static_cast<str*>(gc_alloc(sizeof(str)));  // scanned: data_ keeps buf alive
    s->data_ = buf->bytes();
    s->nbytes_ = s->nchars_ = std::uint32_t(n);
    s->hash_ = 0;
    return s;
}

/// ASCII results of + from this length on are appendable (room to grow in place).
static constexpr std::size_t kAppendableFrom = 128;

str* str_concat(str* a, str* b) {
    if (a->nbytes() == 0) return b;
    if (b->nbytes() == 0) return a;
    std::size_t na = std::size_t(a->nbytes()), nb = std::size_t(b->nbytes());
    if (a->is_ascii() && b->is_ascii()) {
        std::size_t total = na + nb;
        if (str_impl::is_appendable(a)) {
            str_impl::AppendBuffer* buf = str_impl::buffer_of(a);
            if (buf->used == i64(na) && i64(total) <= buf->cap && total <= str_impl::kMaxBytes) {  // a owns the tail: extend in place
                std::memcpy(buf->bytes() + na, b->data(), nb);
                buf->used = i64(total);
                return str_impl::appendable(buf, total);
            }
        }
        if (total >= kAppendableFrom && total <= str_impl::kMaxBytes) {
            std::size_t cap = total * 2;
            auto* buf = static_cast<str_impl::AppendBuffer*>(gc_alloc_atomic(sizeof(str_impl::AppendBuffer) + cap));
            buf->cap = i64(cap);
            buf->used = i64(total);
            std::memcpy(buf->bytes(), a->data(), na);
            std::memcpy(buf->bytes() + na, b->data(), nb);
            return str_impl::appendable(buf, total);
        }
    }
    str* s = str_impl::alloc(na + nb, std::size_t(a->len() + b->len()));
    copy_bytes(str_impl::mutable_data(s), a->data(), na);
    copy_bytes(str_impl::mutable_data(s) + na, b->data(), nb);
    str_impl::finish(s);
    return s;
}

str* str_concat_many(str* const* parts, std::size_t n) {
    static str* const none = str::from_cstr("None");
    std::size_t nbytes = 0, nchars = 0, nonempty = 0;
    str* only = str::empty();
    for (std::size_t i = 0; i < n; ++i) {
        const str* p = parts[i] ? parts[i] : none;
        if (p->nbytes() == 0) continue;
        nbytes += std::size_t(p->nbytes());
        nchars += std::size_t(p->len());
        ++nonempty;
        only = parts[i] ? parts[i] : none;
    }
    if (nonempty <= 1) return only;  // str is immutable: share the one part
    str* s = str_impl::alloc(nbytes, nchars);
    char* out = str_impl::mutable_data(s);
    for (std::size_t i = 0; i < n; ++i) {
        const str* p = parts[i] ? parts[i] : none;
        copy_bytes(out, p->data(), std::size_t(p->nbytes()));  // words: no call
        out += p->nbytes();
    }
    str_impl::finish(s);
    return s;
}

str* str_add_many(str* const* parts, std::size_t n) {
    std::size_t total = 0, nonempty = 0;
    bool ascii = true;
    for (std::size_t i = 0; i < n; ++i) {
        // None in a chain of str + (a str variable that may be None): CPython's TypeError
        if (KRAIT_UNLIKELY(!parts[i])) raise_type_error("can only concatenate str (not \"NoneType\") to str");
        total += std::size_t(parts[i]->nbytes());
        nonempty += parts[i]->nbytes() != 0;
        ascii = ascii && parts[i]->is_ascii();
    }
    if (ascii && nonempty > 1 && total < kAppendableFrom) {  // short ASCII (dict keys, words): one pass
        str* s = str_impl::alloc(total, total);
        char* out = str_impl::mutable_data(s);
        for (std::size_t i = 0; i < n; ++i) {
            std::size_t k = std::size_t(parts[i]->nbytes());
            copy_bytes(out, parts[i]->data(), k);
            out += k;
        }
        return s;
    }
    if (!ascii || nonempty <= 1 || total < kAppendableFrom || total > str_impl::kMaxBytes)
        return str_concat_many(parts, n);
    // what the chain of str_concat calls would do, with one copy of each part
    const str* a = parts[0];
    std::size_t na = std::size_t(a->nbytes());
    if (str_impl::is_appendable(a)) {
        str_impl::AppendBuffer* buf = str_impl::buffer_of(a);
        if (buf->used == i64(na) && i64(total) <= buf->cap) {  // a owns the tail: extend in place
            char* out = buf->bytes() + na;
            for (std::size_t i = 1; i < n; ++i) {
                std::memcpy(out, parts[i]->data(), std::size_t(parts[i]->nbytes()));
                out += parts[i]->nbytes();
            }
            buf->used = i64(total);
            return str_impl::appendable(buf, total);
        }
    }
    std::size_t cap = total * 2;
    auto* buf = static_cast<str_impl::AppendBuffer*>(gc_alloc_atomic(sizeof(str_impl::AppendBuffer) + cap));
    buf->cap = i64(cap);
    buf->used = i64(total);
    char* out = buf->bytes();
    for (std::size_t i = 0; i < n; ++i) {
        std::memcpy(out, parts[i]->data(), std::size_t(parts[i]->nbytes()));
        out += parts[i]->nbytes();
    }
    return str_impl::appendable(buf, total);
}

// ---- str_builder ----

str_builder::str_builder(std::size_t capacity_hint) {
    std::size_t cap = capacity_hint < 64 ? 64 : capacity_hint;
    auto* buf = static_cast<str_impl::AppendBuffer*>(gc_alloc_atomic(sizeof(str_impl::AppendBuffer) + cap));
    buf->cap = i64(cap);
    buf->used = 0;
    buffer_ = buf;
    bytes_ = buf->bytes();
    cap_ = cap;
}

void str_builder::grow(std::size_t extra) {
    if (KRAIT_UNLIKELY(extra > str_impl::kMaxBytes || used_ + extra > str_impl::kMaxBytes)) raise_memory_error();
    std::size_t cap = cap_ * 2;
    if (cap < used_ + extra) cap = used_ + extra;
    // a fresh block and a copy of the used bytes: GC_REALLOC looks the old block up and frees it
    // under the collector's lock, which cost more than the copy for the short results of joins
    // (title_case's lines grew 64 -> 128 -> 256 bytes, about 1000 instructions per step)
    auto* buf = static_cast<str_impl::AppendBuffer*>(gc_alloc_atomic(sizeof(str_impl::AppendBuffer) + cap));
    std::memcpy(buf->bytes(), bytes_, used_);
    buf->cap = i64(cap);
    buf->used = 0;
    buffer_ = buf;
    bytes_ = buf->bytes();
    cap_ = cap;
}

str* str_builder::finish() {
    if (KRAIT_UNLIKELY(used_ > str_impl::kMaxBytes)) raise_memory_error();
    if (!ascii_) return str_impl::make(bytes_, used_, unicode::count_code_points(bytes_, used_));
    // short results are copied into an ordinary str: smaller than a header plus the buffer
    if (used_ < kAppendableFrom) return str_impl::make_ascii(bytes_, used_);
    auto* buf = static_cast<str_impl::AppendBuffer*>(buffer_);
    buf->used = i64(used_);
    return str_impl::appendable(buf, used_);
}

// ---- str_joiner ----

void str_joiner::add_slice_part(const str* s, std::optional<i64> lo, std::optional<i64> hi) {
    i64 a, b;
    slice_clamp(s->len(), lo, hi, a, b);
    if (b <= a) return;
    out_.append_bytes_of(s, s->byte_offset(a), s->byte_offset(b));
}

void str_joiner::raise_item_none() const {
    std::string msg = "sequence item ";
    append_int(msg, items_ - 1);
    msg += ": expected str instance, NoneType found";
    raise_type_error(str::from_utf8(msg));
}

str* str_repeat(str* s, i64 n) {
    if (n <= 0 || s->nbytes() == 0) return str::empty();
    if (n == 1) return s;
    std::size_t nb = std::size_t(s->nbytes());
    // not int_mul: a size must not wrap even under --int-wrap
    i64 nbytes;
    if (KRAIT_UNLIKELY(__builtin_mul_overflow(s->nbytes(), n, &nbytes))) raise_overflow_error("repeated string is too long");
    std::size_t total = std::size_t(nbytes);
    str* r = str_impl::alloc(total, std::size_t(s->len()) * std::size_t(n));
    char* out = str_impl::mutable_data(r);
    if (nb == 1) {
        std::memset(out, s->data()[0], total);
    } else {
        std::memcpy(out, s->data(), nb);
        std::size_t done = nb;
        while (done < total) {  // doubling copies
            std::size_t chunk = done < total - done ? done : total - done;
            std::memcpy(out + done, out, chunk);
            done += chunk;
        }
    }
    str_impl::finish(r);
    return r;
}

bool str_contains(const str* hay, const str* needle) {
    if (needle->nbytes() == 0) return true;
    return memmem(hay->data(), std::size_t(hay->nbytes()), needle->data(), std::size_t(needle->nbytes())) != nullptr;
}

void str_impl::append_repr(std::string& out, const str* s) {
    const char* p = s->data();
    std::size_t n = std::size_t(s->nbytes());
    bool has_single = std::memchr(p, '\'', n) != nullptr;
    bool has_double = std::memchr(p, '"', n) != nullptr;
    char quote = has_single && !has_double ? '"' : '\'';
    static const char hex[] = "0123456789abcdef";
    out += quote;
    for (std::size_t i = 0; i < n;) {
        unsigned char c = static_cast<unsigned char>(p[i]);
        if (c < 0x80) {
            ++i;
            if (c == static_cast<unsigned char>(quote) || c == '\\') {
                out += '\\';
                out += char(c);
            } else if (c == '\t') {
                out += "\\t";
            } else if (c == '\n') {
                out += "\\n";
            } else if (c == '\r') {
                out += "\\r";
            } else if (c < 0x20 || c == 0x7F) {
                out += "\\x";
                out += hex[c >> 4];
                out += hex[c & 15];
            } else {
                out += char(c);
            }
            continue;
        }
        int len;
        std::uint32_t cp = unicode::decode(p + i, len);
        if (unicode::is_printable(cp)) {
            out.append(p + i, std::size_t(len));
        } else {
            append_code_point_escape(out, cp);
        }
        i += std::size_t(len);
    }
    out += quote;
}

void append_str_repr(std::string& out, const str* s) { str_impl::append_repr(out, s); }

str* str_repr(const str* s) {
    std::string out;
    out.reserve(std::size_t(s->nbytes()) + 2);
    str_impl::append_repr(out, s);
    return str::from_utf8(out);
}

str* chr(i64 cp) {
    if (cp < INT32_MIN || cp > INT32_MAX) raise_overflow_error("Python int too large to convert to C int");
    if (cp < 0 || cp > 0x10FFFF) raise_value_error("chr() arg not in range(0x110000)");
    return str::from_code_point(std::uint32_t(cp));
}

i64 ord_slow(str* s) {
    if (s->len() != 1) {
        std::string msg = "ord() expected a character, but string of length ";
        append_int(msg, s->len());
        msg += " found";
        raise_type_error(str::from_utf8(msg));
    }
    return i64(s->code_point_at(0));
}

}  // namespace krait
