// array_module.h -- Python's array module (model: models/array.py): array.array as a contiguous
// buffer of the typecode's C type (an array('d') is a double buffer, an array('b') a signed char
// buffer), read as Python ints or floats. One C++ class per storage type; 'l' and 'q' (and 'L'
// and 'Q') share one, the typecode itself is kept for repr, typecode and the same-kind checks.
// It follows the runtime's container protocol (krait_kind, py_type_name, len, repr_into, eq,
// begin/end, getitem/setitem/contains), so len(), bool(), print, == and loops work as for list.
#pragma once

#include <cstdint>
#include <cstring>
#include <limits>
#include <optional>
#include <string>
#include <type_traits>

#include "krait/bytes.h"
#include "krait/core.h"
#include "krait/exceptions.h"
#include "krait/gc.h"
#include "krait/list.h"
#include "krait/ops.h"
#include "krait/slice.h"
#include "krait/str.h"

namespace krait::array {

struct array_kind {};

/// array.array of typecodes whose C type is S, read as Python values of type E (i64 or double).
template <class S, class E>
class Array final {
public:
    using krait_kind = array_kind;
    using value_type = E;
    static const char* py_type_name() { return "array.array"; }

    /// array(typecode): the model accepts only a literal typecode of this storage type.
    static Array* make(str* typecode) {
        Array* a = gc_new<Array>();
        a->code_ = typecode->nbytes() == 1 ? typecode->data()[0] : '?';
        return a;
    }
    /// array(typecode, iterable)
    template <class It>
    static Array* make(str* typecode, const It& items) {
        Array* a = make(typecode);
        if constexpr (std::is_same_v<It, bytes*> || std::is_same_v<It, bytearray*>) {
            a->frombytes(items);
        } else {
            a->extend_items(items);
        }
        return a;
    }

    i64 len() const { return size_; }
    str* typecode() const { return str::from_ascii_char(static_cast<unsigned char>(code_)); }
    i64 itemsize() const { return i64(sizeof(S)); }
    char code() const { return code_; }

    E getitem(i64 i) const {
        if (i < 0) i += size_;
        if (KRAIT_UNLIKELY(i < 0 || i >= size_)) raise_index_error("array index out of range");
        return load(buf_[i]);
    }
    void setitem(i64 i, E x) {
        if (i < 0) i += size_;
        if (KRAIT_UNLIKELY(i < 0 || i >= size_)) raise_index_error("array assignment index out of range");
        buf_[i] = store(x);
    }
    /// del a[i]
    void delitem(i64 i) {
        if (i < 0) i += size_;
        if (KRAIT_UNLIKELY(i < 0 || i >= size_)) raise_index_error("array assignment index out of range");
        std::memmove(buf_ + i, buf_ + i + 1, sizeof(S) * std::size_t(size_ - i - 1));
        --size_;
    }
    /// del a[lo:hi:step]
    void delslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) {
        SliceRange r = slice_range(size_, lo, hi, step);
        if (r.count == 0) return;
        if (r.step < 0) {
            r.start += (r.count - 1) * r.step;  // the same positions, walked upwards
            r.step = -r.step;
        }
        i64 w = r.start;
        for (i64 i = r.start, k = 0; i < size_; ++i) {
            if (k < r.count && i == r.start + k * r.step) {
                ++k;
                continue;
            }
            buf_[w++] = buf_[i];
        }
        size_ = w;
    }
    bool contains(E x) const {
        for (i64 i = 0; i < size_; ++i)
            if (py_eq(load(buf_[i]), x)) return true;
        return false;
    }

    Array* slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const {
        Array* r = empty_like();
        SliceRange s = slice_range(size_, lo, hi, step);
        r->reserve(s.count);
        for (i64 k = 0, i = s.start; k < s.count; ++k, i += s.step) r->buf_[k] = buf_[i];
        r->size_ = s.count;
        return r;
    }

    void append(E x) {
        S v = store(x);  // converted first: a value out of range leaves the array unchanged
        reserve(size_ + 1);
        buf_[size_++] = v;
    }
    template <class It>
    void extend(const It& items) {
        if constexpr (is_array<It>::value) {
            if (items->code() != code_) raise_type_error("can only extend with array of same kind");
        }
        extend_items(items);
    }
    E pop() { return pop(-1); }
    E pop(i64 i) {
        if (size_ == 0) raise_index_error("pop from empty array");
        if (i < 0) i += size_;
        if (i < 0 || i >= size_) raise_index_error("pop index out of range");
        E x = load(buf_[i]);
        std::memmove(buf_ + i, buf_ + i + 1, sizeof(S) * std::size_t(size_ - i - 1));
        --size_;
        return x;
    }
    void insert(i64 i, E x) {
        S v = store(x);
        if (i < 0) {
            i += size_;
            if (i < 0) i = 0;
        }
        if (i > size_) i = size_;
        reserve(size_ + 1);
        std::memmove(buf_ + i + 1, buf_ + i, sizeof(S) * std::size_t(size_ - i));
        buf_[i] = v;
        ++size_;
    }
    void remove(E x) {
        i64 i = find(x, 0);
        if (i < 0) raise_value_error("array.remove(x): x not in array");
        std::memmove(buf_ + i, buf_ + i + 1, sizeof(S) * std::size_t(size_ - i - 1));
        --size_;
    }
    i64 index(E x) const { return index(x, 0); }
    i64 index(E x, i64 start) const {
        if (start < 0) {
            start += size_;
            if (start < 0) start = 0;
        }
        i64 i = find(x, start);
        if (i < 0) raise_value_error("array.index(x): x not in array");
        return i;
    }
    i64 count(E x) const {
        i64 n = 0;
        for (i64 i = 0; i < size_; ++i)
            if (py_eq(load(buf_[i]), x)) ++n;
        return n;
    }
    void reverse() {
        for (i64 i = 0, j = size_ - 1; i < j; ++i, --j) std::swap(buf_[i], buf_[j]);
    }
    list<E>* tolist() const {
        list<E>* l = list<E>::make_empty();
        l->reserve(size_);
        for (i64 i = 0; i < size_; ++i) l->append(load(buf_[i]));
        return l;
    }
    void fromlist(const list<E>* xs) {
        // all or nothing, as CPython: a value out of range adds none of them
        i64 n0 = size_;
        reserve(size_ + xs->len());
        for (i64 i = 0; i < xs->len(); ++i) {
            try {
                buf_[size_] = store(xs->at(i));
            } catch (...) {
                size_ = n0;
                throw;
            }
            ++size_;
        }
    }
    bytes* tobytes() const { return bytes::from_raw(buf_, size_ * i64(sizeof(S))); }
    template <class B>
    void frombytes(const B* b) {
        if (b->len() % i64(sizeof(S)) != 0) raise_value_error("bytes length not a multiple of item size");
        i64 n = b->len() / i64(sizeof(S));
        reserve(size_ + n);
        std::memcpy(buf_ + size_, b->data(), std::size_t(b->len()));
        size_ += n;
    }
    void byteswap() {
        for (i64 i = 0; i < size_; ++i) {
            unsigned char* p = reinterpret_cast<unsigned char*>(buf_ + i);
            for (std::size_t a = 0, z = sizeof(S) - 1; a < z; ++a, --z) std::swap(p[a], p[z]);
        }
    }

    /// a + b: arrays of one typecode only
    Array* add(const Array* o) const {
        if (o->code_ != code_) raise_type_error("bad argument type for built-in operation");
        Array* r = empty_like();
        r->reserve(size_ + o->size_);
        std::memcpy(r->buf_, buf_, sizeof(S) * std::size_t(size_));
        std::memcpy(r->buf_ + size_, o->buf_, sizeof(S) * std::size_t(o->size_));
        r->size_ = size_ + o->size_;
        return r;
    }
    /// a * n
    Array* mul(i64 n) const {
        Array* r = empty_like();
        if (n <= 0 || size_ == 0) return r;
        r->reserve(int_mul(size_, n));
        for (i64 k = 0; k < n; ++k) std::memcpy(r->buf_ + k * size_, buf_, sizeof(S) * std::size_t(size_));
        r->size_ = size_ * n;
        return r;
    }

    /// a += b and a *= n change a in place (other names for it see the change)
    Array* iadd(const Array* o) {
        if (o->code_ != code_) raise_type_error("bad argument type for built-in operation");
        i64 n = o->size_;
        reserve(size_ + n);
        std::memmove(buf_ + size_, o->buf_, sizeof(S) * std::size_t(n));  // o may be this array
        size_ += n;
        return this;
    }
    Array* imul(i64 n) {
        if (n <= 0 || size_ == 0) {
            size_ = 0;
            return this;
        }
        i64 old = size_;
        reserve(int_mul(size_, n));
        for (i64 k = 1; k < n; ++k) std::memcpy(buf_ + k * old, buf_, sizeof(S) * std::size_t(old));
        size_ = old * n;
        return this;
    }

    // ---- iteration (index-based: sees appends made during the loop, as CPython's) ----
    class iterator {
    public:
        iterator(const Array* a, i64 i) : a_(a), i_(i) {}
        E operator*() const { return load(a_->buf_[i_]); }
        iterator& operator++() {
            ++i_;
            return *this;
        }
        bool operator!=(list<i64>::sentinel) const { return i_ < a_->size_; }
        bool operator==(list<i64>::sentinel) const { return i_ >= a_->size_; }

    private:
        const Array* a_;
        i64 i_;
    };
    iterator begin() const { return iterator(this, 0); }
    list<i64>::sentinel end() const { return {}; }

    // ---- comparison and repr ----
    template <class S2, class E2>
    bool eq(const Array<S2, E2>* o) const {
        if (size_ != o->len()) return false;
        for (i64 i = 0; i < size_; ++i)
            if (!py_eq(load(buf_[i]), o->getitem(i))) return false;
        return true;
    }
    template <CmpOp Op, class S2, class E2>
    bool compare(const Array<S2, E2>* o) const {
        i64 n = size_ < o->len() ? size_ : o->len();
        for (i64 i = 0; i < n; ++i) {
            E x = load(buf_[i]);
            auto y = o->getitem(i);
            if (!py_eq(x, y)) return py_compare<Op>(x, y);
        }
        return py_compare<Op>(size_, o->len());
    }
    void repr_into(std::string& out) const {
        out += "array('";
        out += code_;
        out += '\'';
        if (size_ > 0) {
            out += ", [";
            for (i64 i = 0; i < size_; ++i) {
                if (i) out += ", ";
                append_repr(out, load(buf_[i]));
            }
            out += ']';
        }
        out += ')';
    }

    Array() = default;

private:
    template <class T>
    struct is_array : std::false_type {};
    template <class S2, class E2>
    struct is_array<Array<S2, E2>*> : std::true_type {};

    S* buf_ = nullptr;
    i64 size_ = 0;
    i64 cap_ = 0;
    char code_ = '?';

    Array* empty_like() const {
        Array* r = gc_new<Array>();
        r->code_ = code_;
        return r;
    }
    void reserve(i64 n) {
        if (n <= cap_) return;
        i64 c = cap_ < 4 ? 4 : cap_ + cap_ / 2;
        if (c < n) c = n;
        S* b = static_cast<S*>(gc_alloc_atomic(std::size_t(c) * sizeof(S)));
        if (size_) std::memcpy(b, buf_, sizeof(S) * std::size_t(size_));
        buf_ = b;
        cap_ = c;
    }
    template <class It>
    void extend_items(const It& items) {
        if constexpr (std::is_same_v<It, Array*>) {
            if (items == this) {
                Array* copy = slice(std::nullopt, std::nullopt);
                extend_items(copy);
                return;
            }
        }
        if constexpr (std::is_pointer_v<It>) {
            for (auto&& x : *items) append(E(x));  // not through a const reference: a generator advances
        } else {
            for (const auto& x : items) append(E(x));
        }
    }
    i64 find(E x, i64 start) const {
        for (i64 i = start; i < size_; ++i)
            if (py_eq(load(buf_[i]), x)) return i;
        return -1;
    }

    static E load(S v) {
        if constexpr (std::is_same_v<S, std::uint64_t>) {
            if (KRAIT_UNLIKELY(v > std::uint64_t(INT64_MAX))) raise_int_overflow();  // beyond Krait's 64-bit int
            return E(v);
        } else {
            return E(v);
        }
    }
    /// The C value of x, with CPython's OverflowError messages for each typecode.
    S store(E x) const {
        if constexpr (std::is_floating_point_v<S>) {
            return S(x);
        } else if constexpr (std::is_same_v<S, std::int64_t>) {
            return x;
        } else if constexpr (std::is_same_v<S, std::uint64_t>) {
            if (x < 0) {
                raise_overflow_error(code_ == 'Q' ? "can't convert negative int to unsigned"
                                                  : "can't convert negative value to unsigned int");
            }
            return S(x);
        } else {
            if (KRAIT_UNLIKELY(x < i64(std::numeric_limits<S>::min()) || x > i64(std::numeric_limits<S>::max())))
                out_of_range(x);
            return S(x);
        }
    }
    [[noreturn]] void out_of_range(i64 x) const {
        const char* what = "";
        switch (code_) {
            case 'b': what = "signed char"; break;
            case 'B': what = "unsigned byte integer"; break;
            case 'h': what = "signed short integer"; break;
            case 'H': what = "unsigned short"; break;
            case 'i': what = "signed integer"; break;
            default: what = "unsigned int"; break;
        }
        if (code_ == 'I' && x < 0) raise_overflow_error("can't convert negative value to unsigned int");
        std::string msg = std::string(what) + (x < 0 ? " is less than minimum" : " is greater than maximum");
        raise_overflow_error(msg.c_str());
    }
};

using array_b = Array<std::int8_t, i64>;
using array_B = Array<std::uint8_t, i64>;
using array_h = Array<std::int16_t, i64>;
using array_H = Array<std::uint16_t, i64>;
using array_i = Array<std::int32_t, i64>;
using array_I = Array<std::uint32_t, i64>;
using array_q = Array<std::int64_t, i64>;
using array_Q = Array<std::uint64_t, i64>;
using array_f = Array<float, double>;
using array_d = Array<double, double>;

}  // namespace krait::array
