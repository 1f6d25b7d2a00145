// operator_module.h -- Python's operator module: the operators as functions, usable as callbacks
// (reduce(operator.mul, xs), sorted(xs, key=operator.neg)). Each is one template that applies the
// operator exactly as compiled code does for the argument types (checked int arithmetic, float
// semantics, str and list concatenation, Python comparisons).
#pragma once

#include "krait/core.h"
#include "krait/ops.h"
#include "krait/str.h"

#include <type_traits>

namespace krait::op {

namespace detail {
template <class T>
inline constexpr bool is_int_v = std::is_same_v<T, i64> || std::is_same_v<T, bool>;
template <class A, class B>
inline constexpr bool ints_v = is_int_v<A> && is_int_v<B>;
template <class A, class B>
inline constexpr bool numbers_v = is_py_number_v<A> && is_py_number_v<B>;
}  // namespace detail

template <class A, class B>
auto add(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_add(i64(a), i64(b));
    else if constexpr (detail::numbers_v<A, B>) return double(a) + double(b);
    else if constexpr (is_str_ptr_v<A>) return str_concat(a, b);
    else return a->concat(b);
}
template <class A, class B>
auto concat(const A& a, const B& b) { return add(a, b); }
template <class A, class B>
auto sub(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_sub(i64(a), i64(b));
    else return double(a) - double(b);
}
template <class A, class B>
auto mul(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_mul(i64(a), i64(b));
    else if constexpr (detail::numbers_v<A, B>) return double(a) * double(b);
    else if constexpr (is_str_ptr_v<A>) return str_repeat(a, i64(b));
    else if constexpr (is_str_ptr_v<B>) return str_repeat(b, i64(a));
    else if constexpr (std::is_pointer_v<A>) return a->repeat(i64(b));
    else return b->repeat(i64(a));
}
template <class A, class B>
double truediv(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_truediv(i64(a), i64(b));
    else return float_div(double(a), double(b));
}
template <class A, class B>
auto floordiv(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_floordiv(i64(a), i64(b));
    else return float_floordiv(double(a), double(b));
}
template <class A, class B>
auto mod(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_mod(i64(a), i64(b));
    else return float_mod(double(a), double(b));
}
template <class A, class B>
auto pow(const A& a, const B& b) {
    if constexpr (detail::ints_v<A, B>) return int_pow(i64(a), i64(b));
    else return float_pow(double(a), double(b));
}
template <class A>
auto neg(const A& a) {
    if constexpr (detail::is_int_v<A>) return int_neg(i64(a));
    else return -a;
}
template <class A>
auto pos(const A& a) {
    if constexpr (detail::is_int_v<A>) return i64(a);
    else return a;
}
template <class A>
auto abs(const A& a) {
    if constexpr (detail::is_int_v<A>) return int_abs(i64(a));
    else return std::fabs(a);
}
template <class A>
i64 invert(const A& a) { return ~i64(a); }
template <class A>
i64 index(const A& a) { return i64(a); }
template <class A, class B>
i64 and_(const A& a, const B& b) { return i64(a) & i64(b); }
template <class A, class B>
i64 or_(const A& a, const B& b) { return i64(a) | i64(b); }
template <class A, class B>
i64 xor_(const A& a, const B& b) { return i64(a) ^ i64(b); }
/// bool & bool stays a bool, as in Python.
inline bool and_(bool a, bool b) { return a && b; }
inline bool or_(bool a, bool b) { return a || b; }
inline bool xor_(bool a, bool b) { return a != b; }
template <class A, class B>
i64 lshift(const A& a, const B& b) { return int_lshift(i64(a), i64(b)); }
template <class A, class B>
i64 rshift(const A& a, const B& b) { return int_rshift(i64(a), i64(b)); }

template <class A, class B>
bool lt(const A& a, const B& b) { return py_lt(a, b); }
template <class A, class B>
bool le(const A& a, const B& b) { return py_le(a, b); }
template <class A, class B>
bool eq(const A& a, const B& b) { return py_eq(a, b); }
template <class A, class B>
bool ne(const A& a, const B& b) { return py_ne(a, b); }
template <class A, class B>
bool ge(const A& a, const B& b) { return py_ge(a, b); }
template <class A, class B>
bool gt(const A& a, const B& b) { return py_gt(a, b); }
template <class A>
bool not_(const A& a) { return !truthy(a); }
template <class A>
bool truth(const A& a) { return truthy(a); }

/// contains(a, b) is `b in a`.
template <class A, class B>
bool contains(const A& a, const B& b) {
    if constexpr (is_str_ptr_v<A>) return str_contains(a, b);
    else return a->contains(b);
}
/// getitem(a, b) is `a[b]`.
template <class A, class B>
auto getitem(const A& a, const B& b) { return a->getitem(b); }

}  // namespace krait::op
