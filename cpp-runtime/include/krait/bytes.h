// bytes.h -- Python's bytes (immutable) and bytearray (mutable) sequences of
// small ints, and the codecs between them and str (utf-8, ascii, latin-1).
//
// Both are one GC header pointing at a pointer-free buffer of raw bytes.
// bytearray derives from bytes so that every read-only operation accepts
// either; the operations that make a new sequence return the receiver's
// own type (bytearray.upper() is a bytearray, as in Python).
#pragma once

#include <cstddef>
#include <cstring>
#include <iterator>
#include <optional>
#include <string>
#include <string_view>
#include <tuple>

#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/ops.h"
#include "krait/slice.h"
#include "krait/str.h"

namespace krait {

struct bytes_kind {};
class bytearray;

class bytes {
public:
    using krait_kind = bytes_kind;
    static const char* py_type_name() { return "bytes"; }

    /// A new bytes holding a copy of the n bytes at p.
    static bytes* from_raw(const void* p, i64 n);
    static bytes* from_view(std::string_view v) { return from_raw(v.data(), i64(v.size())); }
    /// bytes(n): n zero bytes (ValueError for a negative count).
    static bytes* zeros(i64 n);
    /// bytes.fromhex(s)
    static bytes* fromhex(str* s);

    i64 len() const { return n_; }
    const unsigned char* data() const { return data_; }
    std::string_view view() const { return std::string_view(reinterpret_cast<const char*>(data_), std::size_t(n_)); }
    /// Iteration yields ints (i64), so generic code sees Python's element type.
    class iterator {
    public:
        using value_type = i64;
        using difference_type = std::ptrdiff_t;
        using reference = i64;
        using pointer = void;
        using iterator_category = std::forward_iterator_tag;
        explicit iterator(const unsigned char* p) : p_(p) {}
        i64 operator*() const { return *p_; }
        iterator& operator++() {
            ++p_;
            return *this;
        }
        iterator operator++(int) {
            iterator old = *this;
            ++p_;
            return old;
        }
        bool operator==(const iterator& o) const { return p_ == o.p_; }
        bool operator!=(const iterator& o) const { return p_ != o.p_; }

    private:
        const unsigned char* p_;
    };
    iterator begin() const { return iterator(data_); }
    iterator end() const { return iterator(data_ + n_); }

    i64 getitem(i64 i) const {
        if (i < 0) i += n_;
        if (KRAIT_UNLIKELY(u64(i) >= u64(n_))) raise_index_error(index_message());
        return data_[i];
    }
    bytes* slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const;
    bool contains(i64 v) const;
    bool contains(const bytes* sub) const { return find(sub) >= 0; }
    bytes* concat(const bytes* other) const;
    bytes* repeat(i64 n) const;

    bool eq(const bytes* other) const { return n_ == other->n_ && std::memcmp(data_, other->data_, std::size_t(n_)) == 0; }
    int cmp(const bytes* other) const;
    template <CmpOp Op>
    bool compare(const bytes* other) const {
        int c = cmp(other);
        if constexpr (Op == CmpOp::LT) return c < 0;
        else if constexpr (Op == CmpOp::LE) return c <= 0;
        else if constexpr (Op == CmpOp::GT) return c > 0;
        else return c >= 0;
    }
    i64 hash() const;
    void repr_into(std::string& out) const;

    str* decode(str* encoding = nullptr, str* errors = nullptr) const;
    str* hex(str* sep = nullptr) const;
    bytes* join(list<bytes*>* parts) const;
    bytes* join(list<bytearray*>* parts) const;
    list<bytes*>* split(const bytes* sep = nullptr, i64 maxsplit = -1) const;
    bytes* strip(const bytes* chars = nullptr) const { return strip_impl(chars, true, true); }
    bytes* lstrip(const bytes* chars = nullptr) const { return strip_impl(chars, true, false); }
    bytes* rstrip(const bytes* chars = nullptr) const { return strip_impl(chars, false, true); }
    bool startswith(const bytes* prefix) const;
    bool endswith(const bytes* suffix) const;
    i64 find(const bytes* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 find(i64 byte, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 rfind(const bytes* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 index(const bytes* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 index(i64 byte, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 count(const bytes* sub, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    i64 count(i64 byte, std::optional<i64> start = std::nullopt, std::optional<i64> end = std::nullopt) const;
    bytes* replace(const bytes* old, const bytes* repl, i64 count = -1) const;
    bytes* upper() const;
    bytes* lower() const;
    bytes* ljust(i64 width, const bytes* fill = nullptr) const { return pad(width, fill, 'l', "ljust"); }
    bytes* rjust(i64 width, const bytes* fill = nullptr) const { return pad(width, fill, 'r', "rjust"); }
    bytes* center(i64 width, const bytes* fill = nullptr) const { return pad(width, fill, 'c', "center"); }
    bool isdigit() const;
    bool isalpha() const;
    bool isalnum() const;
    bool isspace() const;
    bool isupper() const;
    bool islower() const;

    bytes() = default;
    bytes(unsigned char* data, i64 n, i64 cap) : data_(data), n_(n), cap_(cap) {}
    virtual ~bytes() = default;

protected:
    virtual const char* index_message() const { return "index out of range"; }
    bytes* strip_impl(const bytes* chars, bool left, bool right) const;
    /// ljust ('l'), rjust ('r') and center ('c'); `name` is the method's, for the TypeError
    bytes* pad(i64 width, const bytes* fill, char how, const char* name) const;
    /// A result of the receiver's own type (bytes or bytearray) owning `data`.
    virtual bytes* make_like(unsigned char* data, i64 n) const;
    static unsigned char* new_copy(const unsigned char* p, i64 n);

    unsigned char* data_ = nullptr;
    i64 n_ = 0;
    i64 cap_ = 0;
    friend class bytearray;
};

class bytearray final : public bytes {
public:
    static const char* py_type_name() { return "bytearray"; }
    static bytearray* empty();
    static bytearray* from_raw(const void* p, i64 n);
    static bytearray* zeros(i64 n);
    static bytearray* copy_of(const bytes* b) { return from_raw(b->data(), b->len()); }
    /// bytearray(b) where the model gives a bytes-like value (bytes or bytearray).
    static bytearray* adopt(bytes* b);

    void repr_into(std::string& out) const;
    void setitem(i64 i, i64 v);
    /// ba[lo:hi:step] = items (bytes or bytearray; an extended slice takes exactly as many)
    void setslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const bytes* items);
    void delitem(i64 i);
    void delslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step);
    void append(i64 v);
    void extend(const bytes* other);
    i64 pop(std::optional<i64> index = std::nullopt);
    void reverse();
    /// ba *= n
    void irepeat(i64 n);
    void clear() { n_ = 0; }
    bytearray* copy() const { return copy_of(this); }

    bytearray* slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const {
        return adopt(bytes::slice(lo, hi, step));
    }
    bytearray* concat(const bytes* other) const { return adopt(bytes::concat(other)); }
    bytearray* repeat(i64 n) const {
        check_repeat(n);
        return adopt(bytes::repeat(n));
    }
    bytearray* upper() const { return adopt(bytes::upper()); }
    bytearray* lower() const { return adopt(bytes::lower()); }
    bytearray* strip(const bytes* chars = nullptr) const { return adopt(bytes::strip(chars)); }
    bytearray* lstrip(const bytes* chars = nullptr) const { return adopt(bytes::lstrip(chars)); }
    bytearray* rstrip(const bytes* chars = nullptr) const { return adopt(bytes::rstrip(chars)); }
    bytearray* ljust(i64 width, const bytes* fill = nullptr) const { return adopt(bytes::ljust(width, fill)); }
    bytearray* rjust(i64 width, const bytes* fill = nullptr) const { return adopt(bytes::rjust(width, fill)); }
    bytearray* center(i64 width, const bytes* fill = nullptr) const { return adopt(bytes::center(width, fill)); }
    bytearray* join(list<bytes*>* parts) const { return adopt(bytes::join(parts)); }
    bytearray* join(list<bytearray*>* parts) const;
    list<bytearray*>* split(const bytes* sep = nullptr, i64 maxsplit = -1) const;
    bytearray* replace(const bytes* old, const bytes* repl, i64 count = -1) const {
        return adopt(bytes::replace(old, repl, count));
    }

protected:
    const char* index_message() const override { return "bytearray index out of range"; }
    bytes* make_like(unsigned char* data, i64 n) const override;

public:
    using bytes::bytes;

private:
    void grow(i64 need);
    void check_repeat(i64 k) const;
};

/// bytes(xs) / bytearray(xs) for an iterable of ints (each in range(0, 256)).
void bytes_check_byte(i64 v);
template <class It>
bytes* bytes_of(It xs) {
    std::string buf;
    auto add = [&](auto v) {
        bytes_check_byte(i64(v));
        buf.push_back(char(v));
    };
    if constexpr (std::is_pointer_v<It>) {
        for (auto v : *xs) add(v);  // generators advance: not through a const reference
    } else {
        for (auto v : xs) add(v);
    }
    return bytes::from_view(buf);
}
template <class It>
bytearray* bytearray_of(It xs) {
    bytes* b = bytes_of(xs);
    return bytearray::adopt(b);
}
/// bytes((a, b)) of a fixed tuple of ints
template <class Tuple>
bytes* bytes_of_tuple(const Tuple& t) {
    std::string buf;
    std::apply([&buf](const auto&... v) { ((bytes_check_byte(i64(v)), buf.push_back(char(v))), ...); }, t);
    return bytes::from_view(buf);
}
template <class Tuple>
bytearray* bytearray_of_tuple(const Tuple& t) { return bytearray::adopt(bytes_of_tuple(t)); }
/// ba.extend(xs) of an iterable of ints other than bytes (a list, a generator)
template <class It>
void bytearray_extend_of(bytearray* b, It xs) {
    if constexpr (std::is_pointer_v<It>) {
        for (auto v : *xs) b->append(i64(v));  // append checks each byte with extend's message
    } else {
        for (auto v : xs) b->append(i64(v));
    }
}
inline bytes* bytes_empty() { return bytes::from_raw("", 0); }
inline bytes* bytes_of_int(i64 n) { return bytes::zeros(n); }
inline bytes* bytes_copy(const bytes* b) { return bytes::from_raw(b->data(), b->len()); }
bytes* bytes_of_str(str* s, str* encoding, str* errors = nullptr);
inline bytearray* bytearray_of_int(i64 n) { return bytearray::zeros(n); }
inline bytearray* bytearray_of_str(str* s, str* encoding, str* errors = nullptr) {
    return bytearray::adopt(bytes_of_str(s, encoding, errors));
}

/// sep.join(xs) for any iterable of bytes (a generator)
template <class It>
bytes* bytes_join_of(const bytes* sep, It xs) {
    auto* parts = list<bytes*>::make_empty();
    if constexpr (std::is_pointer_v<It>) {
        for (auto b : *xs) parts->append(b);
    } else {
        for (auto b : xs) parts->append(b);
    }
    return sep->join(parts);
}
/// str(b, encoding, errors)
inline str* str_of_bytes(const bytes* b, str* encoding, str* errors = nullptr) { return b->decode(encoding, errors); }
/// ord(b) of a bytes of length 1
i64 bytes_ord(const bytes* b);

/// s.encode(encoding, errors)
bytes* str_encode(str* s, str* encoding = nullptr, str* errors = nullptr);
/// n.to_bytes(length, byteorder, signed=...) and int.from_bytes(b, byteorder, signed=...)
bytes* int_to_bytes(i64 v, i64 length = 1, str* byteorder = nullptr, bool is_signed = false);
i64 int_from_bytes(const bytes* b, str* byteorder = nullptr, bool is_signed = false);
inline bytes* bytes_fromhex(str* s) { return bytes::fromhex(s); }
inline bytearray* bytearray_fromhex(str* s) { return bytearray::adopt(bytes::fromhex(s)); }

/// TypeError "function takes exactly 5 arguments (n given)"
[[noreturn]] void raise_wrong_arity(int given);

/// UnicodeDecodeError / UnicodeEncodeError with CPython's attributes and message.
struct UnicodeDecodeError : UnicodeError {
    str* encoding = nullptr;
    bytes* object = nullptr;
    i64 start = 0;
    i64 end = 0;
    str* reason = nullptr;
    UnicodeDecodeError(str* encoding, bytes* object, i64 start, i64 end, str* reason);
    // what a program's own raise of it makes: CPython's __init__ wants all five arguments
    UnicodeDecodeError() { raise_wrong_arity(0); }
    explicit UnicodeDecodeError(str*) { raise_wrong_arity(1); }
    UnicodeDecodeError(str*, str*) { raise_wrong_arity(2); }
    const char* class_name() const override { return "UnicodeDecodeError"; }
};
struct UnicodeEncodeError : UnicodeError {
    str* encoding = nullptr;
    str* object = nullptr;
    i64 start = 0;
    i64 end = 0;
    str* reason = nullptr;
    UnicodeEncodeError(str* encoding, str* object, i64 start, i64 end, str* reason);
    // what a program's own raise of it makes: CPython's __init__ wants all five arguments
    UnicodeEncodeError() { raise_wrong_arity(0); }
    explicit UnicodeEncodeError(str*) { raise_wrong_arity(1); }
    UnicodeEncodeError(str*, str*) { raise_wrong_arity(2); }
    const char* class_name() const override { return "UnicodeEncodeError"; }
};

}  // namespace krait
