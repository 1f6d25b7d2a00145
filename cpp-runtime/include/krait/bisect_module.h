// bisect_module.h -- Python's bisect module over list[T] with CPython's loops (Lib/bisect.py):
// the same midpoints and `<` comparisons, lo/hi bounds and key=.
#pragma once

#include "krait/list.h"
#include "krait/ops.h"

#include <optional>

namespace krait::bisect {

namespace detail {
inline i64 start(i64 lo) {
    if (KRAIT_UNLIKELY(lo < 0)) raise_value_error("lo must be non-negative");
    return lo;
}
/// Returns the item itself: the key of bisect without key=.
struct Identity {
    template <class T>
    const T& operator()(const T& x) const { return x; }
};
template <class T, class X, class Key>
i64 right(const list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    lo = start(lo);
    i64 h = hi ? *hi : a->len();
    while (lo < h) {
        i64 mid = (lo + h) / 2;
        if (py_lt(x, key(a->getitem(mid)))) h = mid;
        else lo = mid + 1;
    }
    return lo;
}
template <class T, class X, class Key>
i64 left(const list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    lo = start(lo);
    i64 h = hi ? *hi : a->len();
    while (lo < h) {
        i64 mid = (lo + h) / 2;
        if (py_lt(key(a->getitem(mid)), x)) lo = mid + 1;
        else h = mid;
    }
    return lo;
}
}  // namespace detail

template <class T, class X>
i64 bisect_right(const list<T>* a, const X& x, i64 lo = 0, std::optional<i64> hi = std::nullopt) {
    return detail::right(a, x, lo, hi, detail::Identity{});
}
template <class T, class X>
i64 bisect_left(const list<T>* a, const X& x, i64 lo = 0, std::optional<i64> hi = std::nullopt) {
    return detail::left(a, x, lo, hi, detail::Identity{});
}
template <class T, class X, class Key>
i64 bisect_right_by(const list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    return detail::right(a, x, lo, hi, key);
}
template <class T, class X, class Key>
i64 bisect_left_by(const list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    return detail::left(a, x, lo, hi, key);
}

template <class T, class X>
void insort_right(list<T>* a, const X& x, i64 lo = 0, std::optional<i64> hi = std::nullopt) {
    a->insert(detail::right(a, x, lo, hi, detail::Identity{}), T(x));
}
template <class T, class X>
void insort_left(list<T>* a, const X& x, i64 lo = 0, std::optional<i64> hi = std::nullopt) {
    a->insert(detail::left(a, x, lo, hi, detail::Identity{}), T(x));
}
/// insort with key=: the key of x is what is searched for.
template <class T, class X, class Key>
void insort_right_by(list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    a->insert(detail::right(a, key(T(x)), lo, hi, key), T(x));
}
template <class T, class X, class Key>
void insort_left_by(list<T>* a, const X& x, i64 lo, std::optional<i64> hi, Key key) {
    a->insert(detail::left(a, key(T(x)), lo, hi, key), T(x));
}

}  // namespace krait::bisect
