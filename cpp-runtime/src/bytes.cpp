// bytes.cpp -- bytes, bytearray and the utf-8 / ascii / latin-1 codecs.
#include "krait/bytes.h"

#include <cstdio>

#include "unicode.h"

namespace krait {

namespace {

unsigned char* new_buffer(i64 n) {
    auto* p = static_cast<unsigned char*>(gc_alloc_atomic(std::size_t(n > 0 ? n : 1)));
    return p;
}

bool is_ascii_space(unsigned char c) {
    return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c';
}

enum class Codec { Utf8, Ascii, Latin1 };

/// The codec an encoding name names, as CPython normalises it (case, '_' and '-' spellings).
Codec codec_of(str* encoding) {
    if (encoding == nullptr) return Codec::Utf8;
    std::string n;
    for (char c : encoding->view()) {
        char l = (c >= 'A' && c <= 'Z') ? char(c - 'A' + 'a') : c;
        n += (l == '_' || l == ' ') ? '-' : l;
    }
    if (n == "utf-8" || n == "utf8" || n == "u8" || n == "utf") return Codec::Utf8;
    if (n == "ascii" || n == "us-ascii" || n == "646") return Codec::Ascii;
    if (n == "latin-1" || n == "latin1" || n == "iso-8859-1" || n == "iso8859-1" || n == "l1" || n == "latin"
        || n == "8859" || n == "cp819" || n == "iso-ir-100")
        return Codec::Latin1;
    std::string msg = "unknown encoding: " + std::string(encoding->view());
    throw gc_new<LookupError>(msg.c_str());
}

const char* codec_name(Codec c) {
    switch (c) {
        case Codec::Utf8: return "utf-8";
        case Codec::Ascii: return "ascii";
        default: return "latin-1";
    }
}

enum class Errors { Strict, Ignore, Replace };

Errors errors_of(str* errors) {
    if (errors == nullptr) return Errors::Strict;
    std::string_view e = errors->view();
    if (e == "strict") return Errors::Strict;
    if (e == "ignore") return Errors::Ignore;
    if (e == "replace") return Errors::Replace;
    std::string msg = "unknown error handler name '" + std::string(e) + "'";
    throw gc_new<LookupError>(msg.c_str());
}

bool cont(unsigned char c) { return (c & 0xC0) == 0x80; }

/// The length of the valid UTF-8 sequence at p[i], or 0 with the end of the
/// bad range and CPython's reason.
int utf8_sequence(const unsigned char* p, i64 n, i64 i, i64& bad_end, const char*& reason) {
    unsigned char c = p[i];
    if (c < 0x80) return 1;
    int need;
    unsigned char lo = 0x80, hi = 0xBF;
    if (c < 0xC2) {
        bad_end = i + 1;
        reason = "invalid start byte";
        return 0;
    } else if (c < 0xE0) {
        need = 1;
    } else if (c < 0xF0) {
        need = 2;
        if (c == 0xE0) lo = 0xA0;
        if (c == 0xED) hi = 0x9F;
    } else if (c < 0xF5) {
        need = 3;
        if (c == 0xF0) lo = 0x90;
        if (c == 0xF4) hi = 0x8F;
    } else {
        bad_end = i + 1;
        reason = "invalid start byte";
        return 0;
    }
    for (int k = 1; k <= need; ++k) {
        if (i + k >= n) {
            bad_end = n;
            reason = "unexpected end of data";
            return 0;
        }
        unsigned char b = p[i + k];
        bool ok = k == 1 ? (b >= lo && b <= hi) : cont(b);
        if (!ok) {
            bad_end = i + k;
            reason = "invalid continuation byte";
            return 0;
        }
    }
    return need + 1;
}

[[noreturn]] void raise_decode(Codec codec, const bytes* b, i64 start, i64 end, const char* reason) {
    throw gc_new<UnicodeDecodeError>(str::from_cstr(codec_name(codec)), const_cast<bytes*>(b), start, end,
                                     str::from_cstr(reason));
}

str* decode_bytes(const bytes* b, Codec codec, Errors errors) {
    const unsigned char* p = b->data();
    i64 n = b->len();
    std::string out;
    out.reserve(std::size_t(n));
    for (i64 i = 0; i < n;) {
        unsigned char c = p[i];
        if (c < 0x80) {
            out += char(c);
            ++i;
            continue;
        }
        if (codec == Codec::Latin1) {
            unicode::encode(out, c);
            ++i;
            continue;
        }
        i64 bad_end = i + 1;
        const char* reason = "ordinal not in range(128)";
        int len = codec == Codec::Utf8 ? utf8_sequence(p, n, i, bad_end, reason) : 0;
        if (len > 0) {
            out.append(reinterpret_cast<const char*>(p + i), std::size_t(len));
            i += len;
            continue;
        }
        if (errors == Errors::Strict) raise_decode(codec, b, i, bad_end, reason);
        if (errors == Errors::Replace) out += "\xEF\xBF\xBD";
        i = bad_end;
    }
    return str::from_utf8(out);
}

void append_char_escape(std::string& out, std::uint32_t cp) {
    char buf[16];
    if (cp < 0x100) std::snprintf(buf, sizeof buf, "\\x%02x", cp);
    else if (cp < 0x10000) std::snprintf(buf, sizeof buf, "\\u%04x", cp);
    else std::snprintf(buf, sizeof buf, "\\U%08x", cp);
    out += buf;
}

bytes* encode_str(str* s, Codec codec, Errors errors) {
    if (codec == Codec::Utf8 || s->is_ascii()) return bytes::from_view(s->view());
    std::uint32_t limit = codec == Codec::Ascii ? 0x80 : 0x100;
    i64 n = s->len();
    std::string out;
    for (i64 i = 0; i < n;) {
        std::uint32_t cp = s->code_point_at(i);
        if (cp < limit) {
            out += char(cp);
            ++i;
            continue;
        }
        i64 j = i + 1;
        while (j < n && s->code_point_at(j) >= limit) ++j;
        if (errors == Errors::Strict) {
            throw gc_new<UnicodeEncodeError>(str::from_cstr(codec_name(codec)), s, i, j,
                                             str::from_cstr(codec == Codec::Ascii ? "ordinal not in range(128)"
                                                                                  : "ordinal not in range(256)"));
        }
        if (errors == Errors::Replace) out.append(std::size_t(j - i), '?');
        i = j;
    }
    return bytes::from_view(out);
}

int hex_digit(std::uint32_t c) {
    if (c >= '0' && c <= '9') return int(c - '0');
    if (c >= 'a' && c <= 'f') return int(c - 'a' + 10);
    if (c >= 'A' && c <= 'F') return int(c - 'A' + 10);
    return -1;
}

i64 search(const unsigned char* hay, i64 hn, const unsigned char* needle, i64 nn, i64 from, bool last) {
    if (nn > hn) return -1;
    if (last) {
        for (i64 i = hn - nn; i >= from; --i)
            if (std::memcmp(hay + i, needle, std::size_t(nn)) == 0) return i;
        return -1;
    }
    for (i64 i = from; i + nn <= hn; ++i)
        if (std::memcmp(hay + i, needle, std::size_t(nn)) == 0) return i;
    return -1;
}

}  // namespace

// ---- bytes ----

bytes* bytes::from_raw(const void* p, i64 n) {
    unsigned char* d = new_buffer(n);
    if (n > 0) std::memcpy(d, p, std::size_t(n));
    return gc_new<bytes>(d, n, n);
}

bytes* bytes::zeros(i64 n) {
    if (n < 0) raise_value_error("negative count");
    unsigned char* d = new_buffer(n);
    std::memset(d, 0, std::size_t(n > 0 ? n : 1));
    return gc_new<bytes>(d, n, n);
}

bytes* bytes::make_like(unsigned char* data, i64 n) const { return gc_new<bytes>(data, n, n); }

bytes* bytes::fromhex(str* s) {
    std::string out;
    i64 n = s->len();
    for (i64 i = 0; i < n;) {
        std::uint32_t c = s->code_point_at(i);
        if (c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\x0b' || c == '\x0c') {
            ++i;
            continue;
        }
        int hi = hex_digit(c);
        int lo = i + 1 < n ? hex_digit(s->code_point_at(i + 1)) : -1;
        if (hi < 0 || lo < 0) {
            i64 pos = hi < 0 ? i : i + 1;
            std::string msg = "non-hexadecimal number found in fromhex() arg at position " + std::to_string(pos);
            raise_value_error(msg.c_str());
        }
        out += char(hi * 16 + lo);
        i += 2;
    }
    return from_view(out);
}

bytes* bytes::slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step) const {
    if (!step || *step == 1) {
        i64 a, b;
        slice_clamp(n_, lo, hi, a, b);
        return make_like(new_copy(data_ + a, b - a), b - a);
    }
    SliceRange r = slice_range(n_, lo, hi, step);
    unsigned char* d = new_buffer(r.count);
    for (i64 k = 0, i = r.start; k < r.count; ++k, i += r.step) d[k] = data_[i];
    return make_like(d, r.count);
}

unsigned char* bytes::new_copy(const unsigned char* p, i64 n) {
    unsigned char* d = new_buffer(n);
    if (n > 0) std::memcpy(d, p, std::size_t(n));
    return d;
}

bool bytes::contains(i64 v) const {
    bytes_check_byte(v);
    return std::memchr(data_, int(v), std::size_t(n_)) != nullptr;
}

bytes* bytes::concat(const bytes* other) const {
    i64 n = int_add(n_, other->n_);
    unsigned char* d = new_buffer(n);
    if (n_) std::memcpy(d, data_, std::size_t(n_));
    if (other->n_) std::memcpy(d + n_, other->data_, std::size_t(other->n_));
    return make_like(d, n);
}

bytes* bytes::repeat(i64 k) const {
    if (k < 0) k = 0;
    // not int_mul: a size must not wrap even under --int-wrap
    i64 n;
    if (KRAIT_UNLIKELY(__builtin_mul_overflow(n_, k, &n))) raise_overflow_error("repeated bytes are too long");
    unsigned char* d = new_buffer(n);
    for (i64 i = 0; i < k; ++i) std::memcpy(d + i * n_, data_, std::size_t(n_));
    return make_like(d, n);
}

int bytes::cmp(const bytes* other) const {
    i64 m = n_ < other->n_ ? n_ : other->n_;
    int c = m ? std::memcmp(data_, other->data_, std::size_t(m)) : 0;
    if (c != 0) return c < 0 ? -1 : 1;
    return n_ < other->n_ ? -1 : (n_ > other->n_ ? 1 : 0);
}

i64 bytes::hash() const {
    u64 h = 1469598103934665603ULL;
    for (i64 i = 0; i < n_; ++i) h = (h ^ data_[i]) * 1099511628211ULL;
    i64 r = i64(h >> 1);
    return r == -1 ? -2 : r;
}

void bytes::repr_into(std::string& out) const {
    bool has_single = std::memchr(data_, '\'', std::size_t(n_)) != nullptr;
    bool has_double = std::memchr(data_, '"', std::size_t(n_)) != nullptr;
    char quote = has_single && !has_double ? '"' : '\'';
    out += 'b';
    out += quote;
    static const char hexd[] = "0123456789abcdef";
    for (i64 i = 0; i < n_; ++i) {
        unsigned char c = data_[i];
        if (c == quote || c == '\\') {
            out += '\\';
            out += char(c);
        } else if (c == '\t') {
            out += "\\t";
        } else if (c == '\n') {
            out += "\\n";
        } else if (c == '\r') {
            out += "\\r";
        } else if (c < 0x20 || c >= 0x7f) {
            out += "\\x";
            out += hexd[c >> 4];
            out += hexd[c & 15];
        } else {
            out += char(c);
        }
    }
    out += quote;
}

str* bytes::decode(str* encoding, str* errors) const { return decode_bytes(this, codec_of(encoding), errors_of(errors)); }

str* bytes::hex(str* sep) const {
    static const char hexd[] = "0123456789abcdef";
    std::string out;
    if (sep != nullptr && sep->len() != 1) raise_value_error("sep must be length 1.");
    for (i64 i = 0; i < n_; ++i) {
        if (i > 0 && sep != nullptr) out.append(sep->view());
        out += hexd[data_[i] >> 4];
        out += hexd[data_[i] & 15];
    }
    return str::from_utf8(out);
}

bytes* bytes::join(list<bytes*>* parts) const {
    std::string out;
    for (i64 i = 0; i < parts->len(); ++i) {
        if (i > 0) out.append(view());
        out.append(parts->data()[i]->view());
    }
    unsigned char* d = new_copy(reinterpret_cast<const unsigned char*>(out.data()), i64(out.size()));
    return make_like(d, i64(out.size()));
}

bytes* bytes::join(list<bytearray*>* parts) const {
    auto* as_bytes = list<bytes*>::make_empty();
    for (i64 i = 0; i < parts->len(); ++i) as_bytes->append(parts->data()[i]);
    return bytes::join(as_bytes);
}

list<bytes*>* bytes::split(const bytes* sep, i64 maxsplit) const {
    auto* out = list<bytes*>::make_empty();
    if (maxsplit < 0) maxsplit = INT64_MAX;
    if (sep == nullptr) {
        i64 i = 0;
        while (true) {
            while (i < n_ && is_ascii_space(data_[i])) ++i;
            if (i >= n_) break;
            if (maxsplit-- == 0) {
                i64 j = n_;
                while (j > i && is_ascii_space(data_[j - 1])) --j;
                out->append(make_like(new_copy(data_ + i, j - i), j - i));
                break;
            }
            i64 j = i;
            while (j < n_ && !is_ascii_space(data_[j])) ++j;
            out->append(make_like(new_copy(data_ + i, j - i), j - i));
            i = j;
        }
        return out;
    }
    if (sep->n_ == 0) raise_value_error("empty separator");
    i64 i = 0;
    while (maxsplit-- > 0) {
        i64 j = search(data_, n_, sep->data_, sep->n_, i, false);
        if (j < 0) break;
        out->append(make_like(new_copy(data_ + i, j - i), j - i));
        i = j + sep->n_;
    }
    out->append(make_like(new_copy(data_ + i, n_ - i), n_ - i));
    return out;
}

bytes* bytes::strip_impl(const bytes* chars, bool left, bool right) const {
    auto strip_it = [&](unsigned char c) {
        return chars == nullptr ? is_ascii_space(c) : std::memchr(chars->data_, c, std::size_t(chars->n_)) != nullptr;
    };
    i64 a = 0, b = n_;
    if (left)
        while (a < b && strip_it(data_[a])) ++a;
    if (right)
        while (b > a && strip_it(data_[b - 1])) --b;
    return make_like(new_copy(data_ + a, b - a), b - a);
}

bool bytes::startswith(const bytes* prefix) const {
    return prefix->n_ <= n_ && std::memcmp(data_, prefix->data_, std::size_t(prefix->n_)) == 0;
}

bool bytes::endswith(const bytes* suffix) const {
    return suffix->n_ <= n_ && std::memcmp(data_ + n_ - suffix->n_, suffix->data_, std::size_t(suffix->n_)) == 0;
}

namespace {
void bounds(i64 n, std::optional<i64> start, std::optional<i64> end, i64& a, i64& b) {
    a = start ? *start : 0;
    b = end ? *end : n;
    if (a < 0) a = a + n < 0 ? 0 : a + n;
    if (b < 0) b = b + n < 0 ? 0 : b + n;
    if (b > n) b = n;
}
}  // namespace

i64 bytes::find(const bytes* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    bounds(n_, start, end, a, b);
    if (a > b) return -1;
    i64 r = search(data_, b, sub->data_, sub->n_, a, false);
    return r;
}

i64 bytes::find(i64 byte, std::optional<i64> start, std::optional<i64> end) const {
    bytes_check_byte(byte);
    unsigned char c = static_cast<unsigned char>(byte);
    return find(from_raw(&c, 1), start, end);
}

i64 bytes::rfind(const bytes* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    bounds(n_, start, end, a, b);
    if (a > b) return -1;
    return search(data_, b, sub->data_, sub->n_, a, true);
}

i64 bytes::index(const bytes* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 r = find(sub, start, end);
    if (r < 0) raise_value_error("subsection not found");
    return r;
}

i64 bytes::index(i64 byte, std::optional<i64> start, std::optional<i64> end) const {
    i64 r = find(byte, start, end);
    if (r < 0) raise_value_error("subsection not found");
    return r;
}

i64 bytes::count(const bytes* sub, std::optional<i64> start, std::optional<i64> end) const {
    i64 a, b;
    bounds(n_, start, end, a, b);
    if (a > b) return 0;
    if (sub->n_ == 0) return b - a + 1;
    i64 k = 0;
    for (i64 i = a; (i = search(data_, b, sub->data_, sub->n_, i, false)) >= 0; i += sub->n_) ++k;
    return k;
}

i64 bytes::count(i64 byte, std::optional<i64> start, std::optional<i64> end) const {
    bytes_check_byte(byte);
    unsigned char c = static_cast<unsigned char>(byte);
    return count(from_raw(&c, 1), start, end);
}

bytes* bytes::replace(const bytes* old, const bytes* repl, i64 count) const {
    std::string out;
    if (count < 0) count = INT64_MAX;
    if (old->n_ == 0) {
        // an empty pattern matches between every two bytes and at both ends
        for (i64 i = 0; i <= n_; ++i) {
            if (count > 0) {
                out.append(repl->view());
                --count;
            }
            if (i < n_) out += char(data_[i]);
        }
    } else {
        i64 i = 0;
        while (count > 0) {
            i64 j = search(data_, n_, old->data_, old->n_, i, false);
            if (j < 0) break;
            out.append(reinterpret_cast<const char*>(data_ + i), std::size_t(j - i));
            out.append(repl->view());
            i = j + old->n_;
            --count;
        }
        out.append(reinterpret_cast<const char*>(data_ + i), std::size_t(n_ - i));
    }
    return make_like(new_copy(reinterpret_cast<const unsigned char*>(out.data()), i64(out.size())), i64(out.size()));
}

bytes* bytes::pad(i64 width, const bytes* fill, char how, const char* name) const {
    if (fill != nullptr && fill->n_ != 1) {
        raise_type_error(str::from_utf8(std::string(name) + "() argument 2 must be a byte string of length 1, not " +
                                        (dynamic_cast<const bytearray*>(fill) ? "bytearray" : "bytes")));
    }
    if (width <= n_) return make_like(new_copy(data_, n_), n_);
    unsigned char c = fill == nullptr ? ' ' : fill->data_[0];
    i64 total = width - n_;
    // CPython's split of an odd margin in center(): the extra byte goes left when width is odd
    i64 left = how == 'l' ? 0 : how == 'r' ? total : total / 2 + (total & width & 1);
    unsigned char* d = new_buffer(width);
    std::memset(d, c, std::size_t(left));
    if (n_) std::memcpy(d + left, data_, std::size_t(n_));
    std::memset(d + left + n_, c, std::size_t(total - left));
    return make_like(d, width);
}

bytes* bytes::upper() const {
    unsigned char* d = new_copy(data_, n_);
    for (i64 i = 0; i < n_; ++i)
        if (d[i] >= 'a' && d[i] <= 'z') d[i] = static_cast<unsigned char>(d[i] - 32);
    return make_like(d, n_);
}

bytes* bytes::lower() const {
    unsigned char* d = new_copy(data_, n_);
    for (i64 i = 0; i < n_; ++i)
        if (d[i] >= 'A' && d[i] <= 'Z') d[i] = static_cast<unsigned char>(d[i] + 32);
    return make_like(d, n_);
}

namespace {
template <class P>
bool all_of_bytes(const bytes* b, P p) {
    if (b->len() == 0) return false;
    for (i64 i = 0; i < b->len(); ++i)
        if (!p(b->data()[i])) return false;
    return true;
}
bool is_lo(unsigned char c) { return c >= 'a' && c <= 'z'; }
bool is_up(unsigned char c) { return c >= 'A' && c <= 'Z'; }
bool is_dig(unsigned char c) { return c >= '0' && c <= '9'; }
}  // namespace

bool bytes::isdigit() const { return all_of_bytes(this, is_dig); }
bool bytes::isalpha() const { return all_of_bytes(this, [](unsigned char c) { return is_lo(c) || is_up(c); }); }
bool bytes::isalnum() const {
    return all_of_bytes(this, [](unsigned char c) { return is_lo(c) || is_up(c) || is_dig(c); });
}
bool bytes::isspace() const { return all_of_bytes(this, is_ascii_space); }
bool bytes::isupper() const {
    bool cased = false;
    for (i64 i = 0; i < n_; ++i) {
        if (is_lo(data_[i])) return false;
        cased = cased || is_up(data_[i]);
    }
    return cased;
}
bool bytes::islower() const {
    bool cased = false;
    for (i64 i = 0; i < n_; ++i) {
        if (is_up(data_[i])) return false;
        cased = cased || is_lo(data_[i]);
    }
    return cased;
}

// ---- bytearray ----

bytearray* bytearray::empty() { return gc_new<bytearray>(new_buffer(8), 0, 8); }

bytearray* bytearray::from_raw(const void* p, i64 n) {
    unsigned char* d = new_buffer(n);
    if (n > 0) std::memcpy(d, p, std::size_t(n));
    return gc_new<bytearray>(d, n, n > 0 ? n : 1);
}

bytearray* bytearray::zeros(i64 n) {
    bytes* b = bytes::zeros(n);
    return adopt(b);
}

bytearray* bytearray::adopt(bytes* b) {
    // the result of a bytes operation made just for this bytearray: its buffer is not shared
    return gc_new<bytearray>(b->data_, b->n_, b->n_ > 0 ? b->n_ : 1);
}

bytes* bytearray::make_like(unsigned char* data, i64 n) const { return gc_new<bytearray>(data, n, n > 0 ? n : 1); }

bytearray* bytearray::join(list<bytearray*>* parts) const {
    auto* as_bytes = list<bytes*>::make_empty();
    for (i64 i = 0; i < parts->len(); ++i) as_bytes->append(parts->data()[i]);
    return join(as_bytes);
}

list<bytearray*>* bytearray::split(const bytes* sep, i64 maxsplit) const {
    list<bytes*>* pieces = bytes::split(sep, maxsplit);
    auto* out = list<bytearray*>::make_empty();
    // make_like already made each piece a bytearray
    for (i64 i = 0; i < pieces->len(); ++i) out->append(static_cast<bytearray*>(pieces->data()[i]));
    return out;
}

void bytearray::repr_into(std::string& out) const {
    out += "bytearray(";
    bytes::repr_into(out);
    out += ')';
}

void bytearray::grow(i64 need) {
    if (need <= cap_) return;
    i64 cap = cap_ * 2 > need ? cap_ * 2 : need;
    if (cap < 8) cap = 8;
    unsigned char* d = new_buffer(cap);
    if (n_) std::memcpy(d, data_, std::size_t(n_));
    data_ = d;
    cap_ = cap;
}

void bytearray::setitem(i64 i, i64 v) {
    if (i < 0) i += n_;
    if (u64(i) >= u64(n_)) raise_index_error("bytearray index out of range");
    if (v < 0 || v > 255) raise_value_error("byte must be in range(0, 256)");
    data_[i] = static_cast<unsigned char>(v);
}

void bytearray::setslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const bytes* items) {
    std::string src(items->view());  // a copy: items may be this bytearray
    const i64 n = i64(src.size());
    if (!step || *step == 1) {
        i64 a, b;
        slice_clamp(n_, lo, hi, a, b);
        const i64 newlen = n_ - (b - a) + n;
        grow(newlen);
        if (n_ > b) std::memmove(data_ + a + n, data_ + b, std::size_t(n_ - b));
        if (n) std::memcpy(data_ + a, src.data(), std::size_t(n));
        n_ = newlen;
        return;
    }
    SliceRange r = slice_range(n_, lo, hi, step);
    if (r.count != n) {
        raise_value_error(str::from_utf8("attempt to assign bytes of size " + std::to_string(n)
                                         + " to extended slice of size " + std::to_string(r.count)));
    }
    for (i64 k = 0; k < n; ++k) data_[r.start + k * r.step] = static_cast<unsigned char>(src[std::size_t(k)]);
}

void bytearray::delitem(i64 i) {
    if (i < 0) i += n_;
    if (u64(i) >= u64(n_)) raise_index_error("bytearray index out of range");
    std::memmove(data_ + i, data_ + i + 1, std::size_t(n_ - i - 1));
    --n_;
}

void bytearray::delslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step) {
    SliceRange r = slice_range(n_, lo, hi, step);
    if (r.count == 0) return;
    // keep the bytes the slice does not select, in order
    i64 out = 0, k = 0;
    i64 next = r.step > 0 ? r.start : r.start + (r.count - 1) * r.step;  // the selected indices, ascending
    const i64 stride = r.step > 0 ? r.step : -r.step;
    for (i64 i = 0; i < n_; ++i) {
        if (k < r.count && i == next) {
            ++k;
            next += stride;
            continue;
        }
        data_[out++] = data_[i];
    }
    n_ = out;
}

void bytearray::append(i64 v) {
    if (v < 0 || v > 255) raise_value_error("byte must be in range(0, 256)");
    grow(n_ + 1);
    data_[n_++] = static_cast<unsigned char>(v);
}

void bytearray::extend(const bytes* other) {
    i64 m = other->len();
    const unsigned char* src = other->data();
    grow(n_ + m);
    if (m) std::memmove(data_ + n_, src, std::size_t(m));
    n_ += m;
}

i64 bytearray::pop(std::optional<i64> index) {
    if (n_ == 0) raise_index_error("pop from empty bytearray");
    i64 i = index ? *index : n_ - 1;
    if (i < 0) i += n_;
    if (u64(i) >= u64(n_)) raise_index_error("pop index out of range");
    i64 v = data_[i];
    std::memmove(data_ + i, data_ + i + 1, std::size_t(n_ - i - 1));
    --n_;
    return v;
}

void bytearray::check_repeat(i64 k) const {
    // CPython: MemoryError for a bytearray where bytes say OverflowError
    i64 n;
    if (k > 0 && KRAIT_UNLIKELY(__builtin_mul_overflow(n_, k, &n))) raise_memory_error();
}

void bytearray::irepeat(i64 k) {
    check_repeat(k);
    bytes* r = bytes::repeat(k);
    data_ = r->data_;
    n_ = r->n_;
    cap_ = n_ > 0 ? n_ : 1;
}

void bytearray::reverse() {
    for (i64 i = 0, j = n_ - 1; i < j; ++i, --j) std::swap(data_[i], data_[j]);
}

// ---- free functions ----

void bytes_check_byte(i64 v) {
    if (v < 0 || v > 255) raise_value_error("bytes must be in range(0, 256)");
}

i64 bytes_ord(const bytes* b) {
    if (b->len() != 1) {
        std::string msg = "ord() expected a character, but string of length " + std::to_string(b->len()) + " found";
        raise_type_error(msg.c_str());
    }
    return b->data()[0];
}

bytes* bytes_of_str(str* s, str* encoding, str* errors) { return encode_str(s, codec_of(encoding), errors_of(errors)); }

bytes* str_encode(str* s, str* encoding, str* errors) { return encode_str(s, codec_of(encoding), errors_of(errors)); }

namespace {
bool little_endian(str* byteorder) {
    if (byteorder == nullptr) return false;
    if (byteorder->view() == "little") return true;
    if (byteorder->view() == "big") return false;
    raise_value_error("byteorder must be either 'little' or 'big'");
}
}  // namespace

bytes* int_to_bytes(i64 v, i64 length, str* byteorder, bool is_signed) {
    bool little = little_endian(byteorder);
    if (length < 0) raise_value_error("length argument must be non-negative");
    if (!is_signed && v < 0) throw gc_new<OverflowError>("can't convert negative int to unsigned");
    unsigned char* d = new_buffer(length);
    u64 u = u64(v);
    for (i64 k = 0; k < length; ++k) {
        unsigned char b = k < 8 ? static_cast<unsigned char>(u >> (8 * k)) : (v < 0 ? 0xFF : 0);
        d[little ? k : length - 1 - k] = b;
    }
    // the value fits when the bytes above `length` are only sign extension
    bool fits;
    if (length >= 8) {
        fits = is_signed || v >= 0;
    } else {
        i64 bits = 8 * length;
        if (is_signed) {
            i64 lo = bits == 0 ? 0 : -(i64(1) << (bits - 1));
            i64 hi = bits == 0 ? 0 : (i64(1) << (bits - 1)) - 1;
            fits = v >= lo && v <= hi;
        } else {
            fits = bits == 0 ? v == 0 : u64(v) < (u64(1) << bits);
        }
    }
    if (!fits) throw gc_new<OverflowError>("int too big to convert");
    return gc_new<bytes>(d, length, length);
}

i64 int_from_bytes(const bytes* b, str* byteorder, bool is_signed) {
    bool little = little_endian(byteorder);
    i64 n = b->len();
    const unsigned char* p = b->data();
    // significant bytes, most significant first; leading sign-extension bytes may exceed 8
    u64 acc = 0;
    bool negative = is_signed && n > 0 && (p[little ? n - 1 : 0] & 0x80);
    for (i64 k = 0; k < n; ++k) {
        unsigned char byte = p[little ? n - 1 - k : k];
        if (n - k > 8) {
            if (byte != (negative ? 0xFF : 0x00)) {
                throw gc_new<OverflowError>("integer overflow (Krait ints are 64-bit)");
            }
            continue;
        }
        acc = (acc << 8) | byte;
    }
    if (negative) {
        if (n < 8) acc |= ~u64(0) << (8 * n);
        return i64(acc);
    }
    if (acc > u64(INT64_MAX)) throw gc_new<OverflowError>("integer overflow (Krait ints are 64-bit)");
    return i64(acc);
}

namespace {
str* decode_message(str* encoding, bytes* object, i64 start, i64 end, str* reason) {
    char buf[160];
    if (end - start == 1) {
        std::snprintf(buf, sizeof buf, "'%.*s' codec can't decode byte 0x%02x in position %lld: ",
                      int(encoding->nbytes()), encoding->data(), unsigned(object->data()[start]), (long long)start);
    } else {
        std::snprintf(buf, sizeof buf, "'%.*s' codec can't decode bytes in position %lld-%lld: ",
                      int(encoding->nbytes()), encoding->data(), (long long)start, (long long)(end - 1));
    }
    std::string msg = buf;
    msg.append(reason->view());
    return str::from_utf8(msg);
}

str* encode_message(str* encoding, str* object, i64 start, i64 end, str* reason) {
    std::string msg = "'" + std::string(encoding->view()) + "' codec can't encode ";
    if (end - start == 1) {
        msg += "character '";
        append_char_escape(msg, object->code_point_at(start));
        msg += "' in position " + std::to_string(start);
    } else {
        msg += "characters in position " + std::to_string(start) + "-" + std::to_string(end - 1);
    }
    msg += ": ";
    msg.append(reason->view());
    return str::from_utf8(msg);
}
}  // namespace

void raise_wrong_arity(int given) {
    std::string msg = "function takes exactly 5 arguments (" + std::to_string(given) + " given)";
    raise_type_error(msg.c_str());
}

UnicodeDecodeError::UnicodeDecodeError(str* enc, bytes* obj, i64 s, i64 e, str* r)
    : UnicodeError(decode_message(enc, obj, s, e, r)), encoding(enc), object(obj), start(s), end(e), reason(r) {}

UnicodeEncodeError::UnicodeEncodeError(str* enc, str* obj, i64 s, i64 e, str* r)
    : UnicodeError(encode_message(enc, obj, s, e, r)), encoding(enc), object(obj), start(s), end(e), reason(r) {}

}  // namespace krait
