// list.h -- Python's list as a typed, growable array: list<T>.
//
// list<i64> stores raw int64 values in an atomic (unscanned) GC buffer, so
// the hot paths (getitem, setitem, append, iteration) are inline, allocation
// free and never dispatch virtually. Elements are Krait value types (see
// ops.h); equality, ordering and repr follow Python's rules through py_eq,
// py_compare and append_repr.
#pragma once

#include <algorithm>
#include <initializer_list>
#include <optional>
#include <string>

#include "krait/gc.h"
#include "krait/ops.h"
#include "krait/slice.h"

namespace krait {

namespace detail {
/// A list's length and capacity: as wide as i64 but another type (long long, i64 being long), so
/// that g++ knows a store of an item of a list<i64> (or of a tuple of ints) does not change them
/// and keeps them in registers across a loop of appends or item stores instead of reloading them
/// after each store.
using list_size = long long;
static_assert(sizeof(list_size) == sizeof(i64) && !std::is_same_v<list_size, i64>);

/// Stable merge sort on a GC buffer (no malloc: elements may be GC pointers
/// that must stay visible to the collector while sorting).
template <class T, class Less>
void stable_sort(T* a, i64 n, Less less) {
    constexpr i64 RUN = 24;
    for (i64 lo = 0; lo < n; lo += RUN) {  // insertion sort small runs
        i64 hi = lo + RUN < n ? lo + RUN : n;
        for (i64 i = lo + 1; i < hi; ++i) {
            T x = a[i];
            i64 j = i;
            while (j > lo && less(x, a[j - 1])) {
                a[j] = a[j - 1];
                --j;
            }
            a[j] = x;
        }
    }
    if (n <= RUN) return;
    T* buf = gc_buffer<T>(std::size_t(n));
    T* src = a;
    T* dst = buf;
    for (i64 width = RUN; width < n; width *= 2) {
        for (i64 lo = 0; lo < n; lo += 2 * width) {
            i64 mid = lo + width < n ? lo + width : n;
            i64 hi = lo + 2 * width < n ? lo + 2 * width : n;
            i64 i = lo, j = mid, k = lo;
            while (i < mid && j < hi) dst[k++] = less(src[j], src[i]) ? src[j++] : src[i++];
            while (i < mid) dst[k++] = src[i++];
            while (j < hi) dst[k++] = src[j++];
        }
        T* t = src;
        src = dst;
        dst = t;
    }
    if (src != a)
        for (i64 i = 0; i < n; ++i) a[i] = src[i];
}
}  // namespace detail

template <class T>
class list final {
public:
    using value_type = T;
    using krait_kind = list_kind;
    static const char* py_type_name() { return "list"; }

    // ---- construction ----
    /// []
    static list* make_empty() { return gc_new<list>(); }
    /// [a, b, c]
    static list* make(std::initializer_list<T> items) {
        list* l = gc_new<list>();
        l->reserve(i64(items.size()));
        for (const T& x : items) l->data_[l->len_++] = x;
        return l;
    }
    /// [value] * n
    static list* filled(i64 n, const T& value) {
        list* l = gc_new<list>();
        if (n <= 0) return l;
        l->reserve(n);
        for (i64 i = 0; i < n; ++i) l->data_[i] = value;
        l->len_ = n;
        return l;
    }
    /// list(iterable): from anything iterable with a range-for.
    template <class Iterable>
    static list* from(const Iterable& items) {
        list* l = gc_new<list>();
        for (const auto& x : iterable_ref(items)) l->append(x);
        return l;
    }
    /// A list of the same length with a copy of the elements (list(l), l[:], l.copy()).
    list* copy() const {
        list* l = gc_new<list>();
        l->reserve(len_);
        for (i64 i = 0; i < len_; ++i) l->data_[i] = data_[i];
        l->len_ = len_;
        return l;
    }

    // ---- element access ----
    i64 len() const { return len_; }
    /// l[i] (negative i counts from the end); IndexError when out of range.
    T getitem(i64 i) const { return data_[index_of(i, "list index out of range")]; }
    /// l[i] = v
    void setitem(i64 i, T v) { data_[index_of(i, "list assignment index out of range")] = v; }
    /// The position of l[i]. An index in range is used as it is, after one predictable branch:
    /// adding len to a negative index first (a conditional move) would put an add and a move
    /// between loading i and loading l[i] (sudoku's grid[p] for p in PEERS[i]: 15% of its time).
    i64 index_of(i64 i, const char* message) const {
#ifdef KRAIT_NO_BOUNDS_CHECK
        (void)message;
        return i < 0 ? i + len_ : i;
#else
        if (KRAIT_LIKELY(u64(i) < u64(len_))) return i;
        i = i64(u64(i) + u64(len_));  // counts from the end; one out of range stays out of range
        if (KRAIT_UNLIKELY(u64(i) >= u64(len_))) raise_index_error(message);
        return i;
#endif
    }
    /// del l[i]
    void delitem(i64 i) {
        if (i < 0) i += len_;
        if (KRAIT_UNLIKELY(u64(i) >= u64(len_))) raise_index_error("list assignment index out of range");
        erase_at(i);
    }
    /// Unchecked access for generated code that proved the index valid.
    T& at(i64 i) { return data_[i]; }
    const T& at(i64 i) const { return data_[i]; }
    T* data() { return data_; }
    const T* data() const { return data_; }

    // ---- mutation ----
    void append(T v) {
        if (KRAIT_UNLIKELY(len_ == cap_)) grow(len_ + 1);
        data_[len_++] = v;
    }
    /// l.pop()
    T pop() {
        if (KRAIT_UNLIKELY(len_ == 0)) raise_index_error("pop from empty list");
        T v = data_[--len_];
        if constexpr (!gc_atomic_v<T>) data_[len_] = T{};  // drop the reference
        return v;
    }
    /// l.pop(i)
    T pop(i64 i) {
        if (KRAIT_UNLIKELY(len_ == 0)) raise_index_error("pop from empty list");
        if (i < 0) i += len_;
        if (KRAIT_UNLIKELY(u64(i) >= u64(len_))) raise_index_error("pop index out of range");
        T v = data_[i];
        erase_at(i);
        return v;
    }
    /// l.insert(i, v) (i is clamped like Python).
    void insert(i64 i, T v) {
        if (i < 0) {
            i += len_;
            if (i < 0) i = 0;
        } else if (i > len_) {
            i = len_;
        }
        if (len_ == cap_) grow(len_ + 1);
        for (i64 j = len_; j > i; --j) data_[j] = data_[j - 1];
        data_[i] = v;
        ++len_;
    }
    /// l.extend(other) (other may be l itself)
    void extend(const list* other) {
        i64 n = other->len_;
        reserve(len_ + n);
        for (i64 i = 0; i < n; ++i) data_[len_ + i] = other->data_[i];
        len_ += n;
    }
    /// l.extend(iterable)
    template <class Iterable>
    void extend_from(const Iterable& items) {
        for (const auto& x : iterable_ref(items)) append(x);
    }
    void clear() {
        if constexpr (!gc_atomic_v<T>) for (i64 i = 0; i < len_; ++i) data_[i] = T{};
        len_ = 0;
    }
    /// l.remove(v): ValueError "list.remove(x): x not in list".
    void remove(const T& v) {
        for (i64 i = 0; i < len_; ++i)
            if (py_eq(data_[i], v)) {
                erase_at(i);
                return;
            }
        raise_value_error("list.remove(x): x not in list");
    }
    void reverse() {
        for (i64 i = 0, j = len_ - 1; i < j; ++i, --j) {
            T t = data_[i];
            data_[i] = data_[j];
            data_[j] = t;
        }
    }
    /// l.sort() / l.sort(reverse=True): stable, Python ordering.
    void sort(bool reverse = false) {
        if (reverse) detail::stable_sort(data_, len_, [](const T& a, const T& b) { return py_lt(b, a); });
        else detail::stable_sort(data_, len_, [](const T& a, const T& b) { return py_lt(a, b); });
    }
    /// l.sort(key=f, reverse=r): each key computed once, stable.
    template <class Key>
    void sort_by(Key key, bool reverse = false) {
        using K = std::decay_t<decltype(key(std::declval<T>()))>;
        using P = std::pair<K, T>;
        P* tmp = gc_buffer<P>(std::size_t(len_));
        for (i64 i = 0; i < len_; ++i) new (&tmp[i]) P(key(data_[i]), data_[i]);
        if (reverse) detail::stable_sort(tmp, len_, [](const P& a, const P& b) { return py_lt(b.first, a.first); });
        else detail::stable_sort(tmp, len_, [](const P& a, const P& b) { return py_lt(a.first, b.first); });
        for (i64 i = 0; i < len_; ++i) data_[i] = tmp[i].second;
    }
    void reserve(i64 n) {
        if (n > cap_) grow(n);
    }

    // ---- queries ----
    /// v in l
    template <class V>
    bool contains(const V& v) const {
        for (i64 i = 0; i < len_; ++i)
            if (py_eq(data_[i], v)) return true;
        return false;
    }
    /// l.index(v[, start[, stop]]): ValueError "<repr(v)> is not in list".
    template <class V>
    i64 index(const V& v, std::optional<i64> start = std::nullopt, std::optional<i64> stop = std::nullopt) const {
        i64 a, b;
        slice_clamp(len_, start, stop, a, b);
        for (i64 i = a; i < b; ++i)
            if (py_eq(data_[i], v)) return i;
        std::string msg;
        append_repr(msg, v);
        msg += " is not in list";
        raise_value_error(str::from_utf8(msg));
    }
    template <class V>
    i64 count(const V& v) const {
        i64 c = 0;
        for (i64 i = 0; i < len_; ++i)
            if (py_eq(data_[i], v)) ++c;
        return c;
    }

    // ---- operators ----
    /// l + other
    list* concat(const list* other) const {
        list* r = gc_new<list>();
        r->reserve(len_ + other->len_);
        for (i64 i = 0; i < len_; ++i) r->data_[i] = data_[i];
        for (i64 i = 0; i < other->len_; ++i) r->data_[len_ + i] = other->data_[i];
        r->len_ = len_ + other->len_;
        return r;
    }
    /// l * n
    list* repeat(i64 n) const {
        list* r = gc_new<list>();
        if (n <= 0 || len_ == 0) return r;
        // not int_mul: a size must not wrap even under --int-wrap; CPython says MemoryError
        i64 total;
        if (KRAIT_UNLIKELY(__builtin_mul_overflow(i64(len_), n, &total))) raise_memory_error();
        r->reserve(total);
        // through local pointers: stores into a list of bools could otherwise alias r->len_
        T* out = r->data_;
        const T* in = data_;
        if (len_ == 1) std::fill_n(out, total, in[0]);  // [0] * n, [True] * n
        else for (i64 k = 0; k < n; ++k, out += len_) std::copy_n(in, len_, out);
        r->len_ = total;
        return r;
    }
    /// l += other (other may be l itself)
    list* iadd(const list* other) {
        extend(other);
        return this;
    }
    /// l *= n
    list* imul(i64 n) {
        if (n <= 0) {
            clear();
            return this;
        }
        i64 old = len_;
        i64 total;
        if (KRAIT_UNLIKELY(__builtin_mul_overflow(old, n, &total))) raise_memory_error();
        reserve(total);
        for (i64 k = 1; k < n; ++k)
            for (i64 i = 0; i < old; ++i) data_[len_++] = data_[i];
        return this;
    }
    /// l[lo:hi:step]
    list* slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt) const {
        list* r = gc_new<list>();
        if (!step || *step == 1) {
            i64 a, b;
            slice_clamp(len_, lo, hi, a, b);
            r->reserve(b - a);
            for (i64 i = a; i < b; ++i) r->data_[i - a] = data_[i];
            r->len_ = b - a;
            return r;
        }
        SliceRange s = slice_range(len_, lo, hi, step);
        r->reserve(s.count);
        for (i64 k = 0, i = s.start; k < s.count; ++k, i += s.step) r->data_[k] = data_[i];
        r->len_ = s.count;
        return r;
    }
    /// l[lo:hi:step] stored in `reuse`, a list nothing else refers to any more (the compiler's
    /// scratch lists), so its buffer serves again; a new list when there is none.
    list* slice_into(list* reuse, std::optional<i64> lo, std::optional<i64> hi,
                     std::optional<i64> step = std::nullopt) const {
        if (!reuse || reuse == this) return slice(lo, hi, step);
        SliceRange s;
        if (!step || *step == 1) {
            i64 a, b;
            slice_clamp(len_, lo, hi, a, b);
            s = SliceRange{a, 1, b - a};
        } else {
            s = slice_range(len_, lo, hi, step);
        }
        reuse->reserve(s.count);
        T* out = reuse->data_;
        for (i64 k = 0, i = s.start; k < s.count; ++k, i += s.step) out[k] = data_[i];
        if constexpr (!gc_atomic_v<T>) for (i64 j = s.count; j < reuse->len_; ++j) out[j] = T{};
        reuse->len_ = s.count;
        return reuse;
    }
    /// l[lo:hi:step] = items (items may be this list).
    void setslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const list* items);
    /// l[lo:hi:step] = src[slo:shi:sstep] (src may be this list) without building the
    /// intermediate list: fannkuch's `perm[:k + 1] = perm[k::-1]` becomes an in-place reverse.
    void setslice_from(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const list* src,
                       std::optional<i64> slo, std::optional<i64> shi, std::optional<i64> sstep) {
        // l[:k + 1] = l[k::-1] with 0 <= k < len(l) reverses a prefix: checked here, inline, where
        // the absent bounds and the steps are constants the C++ compiler folds away
        if (src == this && !lo && !step && hi && slo && !shi && sstep && *sstep == -1) {
            const i64 k = *slo;
            if (u64(k) < u64(len_) && *hi == k + 1) {
                for (i64 i = 0, j = k; i < j; ++i, --j) {
                    T t = data_[i];
                    data_[i] = data_[j];
                    data_[j] = t;
                }
                return;
            }
        }
        setslice_from_general(lo, hi, step, src, slo, shi, sstep);
    }
    /// del l[lo:hi:step]
    void delslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step = std::nullopt);

    /// Python == between lists (element-wise py_eq).
    template <class U>
    bool eq(const list<U>* o) const {
        if (len_ != o->len()) return false;
        for (i64 i = 0; i < len_; ++i)
            if (!py_eq(data_[i], o->at(i))) return false;
        return true;
    }
    /// Python <, <=, >, >= between lists (lexicographic).
    template <CmpOp Op, class U>
    bool compare(const list<U>* o) const {
        return detail::seq_compare<Op>(
            len_, [this](i64 i) -> const T& { return data_[i]; }, o->len(),
            [o](i64 i) -> const U& { return o->at(i); });
    }
    /// Appends repr(l) to out: "[1, 2.5, 'a', [3]]".
    void repr_into(std::string& out) const {
        out += '[';
        for (i64 i = 0; i < len_; ++i) {
            if (i) out += ", ";
            append_repr(out, data_[i]);
        }
        out += ']';
    }

    // ---- iteration (index-based: sees appends made during the loop) ----
    struct sentinel {};
    class iterator {
    public:
        iterator(const list* l, i64 i) : l_(l), i_(i) {}
        const T& operator*() const { return l_->data_[i_]; }
        iterator& operator++() {
            ++i_;
            return *this;
        }
        bool operator!=(sentinel) const { return i_ < l_->len_; }
        bool operator==(sentinel) const { return i_ >= l_->len_; }
        bool operator!=(const iterator& o) const { return i_ != o.i_; }

    private:
        const list* l_;
        i64 i_;
    };
    iterator begin() const { return iterator(this, 0); }
    sentinel end() const { return sentinel{}; }

    list() = default;

private:
    void setslice_from_general(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const list* src,
                               std::optional<i64> slo, std::optional<i64> shi, std::optional<i64> sstep);
    /// l[lo:hi:step] = the n items item(0) .. item(n - 1), which must not alias this list's buffer.
    template <class Get>
    void assign_slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, i64 n, Get item);
    void grow(i64 need) {
        i64 cap = cap_ < 4 ? 4 : cap_ + (cap_ >> 1);
        if (cap < need) cap = need;
        data_ = data_ ? gc_buffer_resize(data_, std::size_t(cap)) : gc_buffer<T>(std::size_t(cap));
        cap_ = cap;
    }
    void erase_at(i64 i) {
        for (i64 j = i + 1; j < len_; ++j) data_[j - 1] = data_[j];
        --len_;
        if constexpr (!gc_atomic_v<T>) data_[len_] = T{};
    }

    T* data_ = nullptr;
    detail::list_size len_ = 0;
    detail::list_size cap_ = 0;
};

template <class T>
void list<T>::setslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const list* items) {
    if (items == this) items = copy();
    const T* from = items->data_;
    assign_slice(lo, hi, step, items->len_, [from](i64 k) { return from[k]; });
}

template <class T>
void list<T>::setslice_from_general(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, const list* src,
                                    std::optional<i64> slo, std::optional<i64> shi, std::optional<i64> sstep) {
    SliceRange r = slice_range(src->len_, slo, shi, sstep);
    const i64 n = r.count;
    if (src != this) {
        const T* from = src->data_;
        assign_slice(lo, hi, step, n, [from, r](i64 k) { return from[r.start + k * r.step]; });
        return;
    }
    if ((!step || *step == 1) && r.step == -1) {
        i64 a, b;
        slice_clamp(len_, lo, hi, a, b);
        if (b - a == n && r.start == b - 1) {  // the same items, reversed
            for (i64 i = a, j = b - 1; i < j; ++i, --j) {
                T t = data_[i];
                data_[i] = data_[j];
                data_[j] = t;
            }
            return;
        }
    }
    // the source overlaps the target: its items first go to a buffer of their own
    T* tmp = gc_buffer<T>(std::size_t(n > 0 ? n : 1));
    for (i64 k = 0; k < n; ++k) tmp[k] = data_[r.start + k * r.step];
    assign_slice(lo, hi, step, n, [tmp](i64 k) { return tmp[k]; });
}

template <class T>
template <class Get>
void list<T>::assign_slice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step, i64 n, Get item) {
    if (!step || *step == 1) {
        i64 a, b;
        slice_clamp(len_, lo, hi, a, b);
        i64 old = b - a, newlen = len_ - old + n;
        if (newlen > cap_) grow(newlen);
        if (n != old) {
            // move the tail [b, len_) to [a + n, ...)
            if (n > old) for (i64 j = len_ - 1; j >= b; --j) data_[j + n - old] = data_[j];
            else for (i64 j = b; j < len_; ++j) data_[j + n - old] = data_[j];
        }
        for (i64 k = 0; k < n; ++k) data_[a + k] = item(k);
        if constexpr (!gc_atomic_v<T>) for (i64 j = newlen; j < len_; ++j) data_[j] = T{};
        len_ = newlen;
        return;
    }
    SliceRange s = slice_range(len_, lo, hi, step);
    if (s.count != n) {
        std::string msg = "attempt to assign sequence of size ";
        append_int(msg, n);
        msg += " to extended slice of size ";
        append_int(msg, s.count);
        raise_value_error(str::from_utf8(msg));
    }
    for (i64 k = 0, i = s.start; k < n; ++k, i += s.step) data_[i] = item(k);
}

template <class T>
void list<T>::delslice(std::optional<i64> lo, std::optional<i64> hi, std::optional<i64> step) {
    SliceRange s = slice_range(len_, lo, hi, step);
    if (s.count == 0) return;
    if (s.step < 0) {  // same items, ascending
        s.start += (s.count - 1) * s.step;
        s.step = -s.step;
    }
    i64 w = s.start, next = s.start, removed = 0;
    for (i64 r = s.start; r < len_; ++r) {
        if (removed < s.count && r == next) {
            ++removed;
            next += s.step;
            continue;
        }
        data_[w++] = data_[r];
    }
    if constexpr (!gc_atomic_v<T>) for (i64 j = w; j < len_; ++j) data_[j] = T{};
    len_ = w;
}

/// Python list equality and ordering as free functions.
template <class A, class B>
inline bool list_eq(const list<A>* a, const list<B>* b) { return py_eq(a, b); }
template <class A, class B>
inline bool list_lt(const list<A>* a, const list<B>* b) { return py_lt(a, b); }

}  // namespace krait
