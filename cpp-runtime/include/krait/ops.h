// ops.h -- Python's generic operations on any Krait value type:
// ==/< (py_eq, py_lt, ...), truth (truthy), len, hash (py_hash),
// str()/repr() (str_of, repr_of, and the allocation-free append_str /
// append_repr used by print and container reprs).
//
// Value types: i64, double, bool, NoneType, krait::tuple<...> (std::tuple),
// and pointers to heap objects (str*, list<T>*, dict<K,V>*, set<T>*,
// Object subclasses), where nullptr is None.
#pragma once

#include <cmath>
#include <optional>
#include <string>
#include <tuple>
#include <type_traits>

#include "krait/complex.h"
#include "krait/core.h"
#include "krait/format.h"
#include "krait/number.h"
#include "krait/object.h"
#include "krait/optional.h"
#include "krait/str.h"

namespace krait {

/// Python tuples are immutable values: krait::tuple<A, B> is std::tuple.
template <class... T>
using tuple = std::tuple<T...>;

// ---- type classification ----
template <class T>
inline constexpr bool is_py_bool_v = std::is_same_v<T, bool>;
template <class T>
inline constexpr bool is_py_int_v = std::is_integral_v<T> && !std::is_same_v<T, bool>;
template <class T>
inline constexpr bool is_py_float_v = std::is_floating_point_v<T>;
template <class T>
inline constexpr bool is_py_number_v = std::is_arithmetic_v<T>;
template <class T>
inline constexpr bool is_py_complex_v = std::is_same_v<T, complex>;
template <class T>
inline constexpr bool is_none_v = std::is_same_v<T, NoneType> || std::is_same_v<T, std::nullptr_t>;
template <class T>
struct is_tuple : std::false_type {};
template <class... T>
struct is_tuple<std::tuple<T...>> : std::true_type {};
template <class T>
inline constexpr bool is_tuple_v = is_tuple<T>::value;
/// A tuple of run-time length (vtuple.h): a value, like std::tuple.
template <class T>
class vtuple;
template <class T>
struct is_vtuple : std::false_type {};
template <class T>
struct is_vtuple<vtuple<T>> : std::true_type {};
template <class T>
inline constexpr bool is_vtuple_v = is_vtuple<T>::value;
/// Pointer to a user/exception object (derived from Object).
template <class T>
inline constexpr bool is_object_ptr_v =
    std::is_pointer_v<T> && std::is_base_of_v<Object, std::remove_cv_t<std::remove_pointer_t<T>>>;
template <class T>
inline constexpr bool is_str_ptr_v = std::is_same_v<std::remove_cv_t<std::remove_pointer_t<T>>, str> && std::is_pointer_v<T>;
/// Pointer to a builtin container: classes that declare `using krait_kind = ...`.
template <class T, class = void>
struct is_container_ptr : std::false_type {};
template <class T>
struct is_container_ptr<T*, std::void_t<typename T::krait_kind>> : std::true_type {};
template <class T>
inline constexpr bool is_container_ptr_v = is_container_ptr<std::remove_cv_t<T>>::value;

struct list_kind {};
struct dict_kind {};
struct set_kind {};
struct values_view_kind;  // dict_views.h
struct chain_kind;        // collections_module.h
class bytearray;          // bytes.h

template <class T, class = void>
struct is_set_ptr : std::false_type {};
template <class T>
struct is_set_ptr<T*, std::enable_if_t<std::is_same_v<typename T::krait_kind, set_kind>>> : std::true_type {};
template <class T>
inline constexpr bool is_set_ptr_v = is_set_ptr<std::remove_cv_t<T>>::value;

/// The Python type name of T ("int", "str", "list", ...), for messages.
template <class T>
const char* py_type_name() {
    if constexpr (is_py_bool_v<T>) return "bool";
    else if constexpr (is_py_int_v<T>) return "int";
    else if constexpr (is_py_float_v<T>) return "float";
    else if constexpr (is_py_complex_v<T>) return "complex";
    else if constexpr (is_none_v<T>) return "NoneType";
    else if constexpr (is_tuple_v<T> || is_vtuple_v<T>) return "tuple";
    else if constexpr (is_str_ptr_v<T>) return "str";
    else if constexpr (is_container_ptr_v<T>) return std::remove_pointer_t<T>::py_type_name();
    else return "object";
}

/// The Python type name of v's value: "NoneType" for an optional that is None.
template <class T>
const char* py_type_name_of(const T& v) {
    if constexpr (is_optional_v<T>) return v.is_none() ? "NoneType" : py_type_name_of(v.get());
    else if constexpr (is_number_v<T>) return v.is_float() ? "float" : "int";
    else return py_type_name<T>();
}

[[noreturn]] void raise_type_error_str(const std::string& msg);

/// Before `a OP b` where an operand may be None: CPython's TypeError when one is.
template <class A, class B>
inline void check_binary_operands(const A& a, const B& b, const char* op) {
    if (KRAIT_UNLIKELY(is_none_value(a) || is_none_value(b)))
        raise_type_error_str(std::string("unsupported operand type(s) for ") + op + ": '" + py_type_name_of(a) +
                             "' and '" + py_type_name_of(b) + "'");
}
/// Before `a < b` (and <=, >, >=) where an operand may be None.
template <class A, class B>
inline void check_compare_operands(const A& a, const B& b, const char* op) {
    if (KRAIT_UNLIKELY(is_none_value(a) || is_none_value(b)))
        raise_type_error_str(std::string("'") + op + "' not supported between instances of '" + py_type_name_of(a) +
                             "' and '" + py_type_name_of(b) + "'");
}
/// Before `-a` (and +, ~) where a may be None.
template <class A>
inline void check_unary_operand(const A& a, const char* op) {
    if (KRAIT_UNLIKELY(is_none_value(a)))
        raise_type_error_str(std::string("bad operand type for unary ") + op + ": 'NoneType'");
}

/// An iterable given by value (range) or by pointer (list<T>*, set<T>*, str*).
/// Through a pointer the pointee stays non-const: a generator advances as it is iterated.
template <class It>
inline decltype(auto) iterable_ref(const It& it) {
    if constexpr (std::is_pointer_v<It>) return *it;
    else return it;
}

// ---- str() and repr() ----

template <class T>
void append_repr(std::string& out, const T& v);

namespace detail {
template <class Tup, std::size_t... I>
void append_tuple_repr(std::string& out, const Tup& t, std::index_sequence<I...>) {
    out += '(';
    ((out.append(I == 0 ? "" : ", "), append_repr(out, std::get<I>(t))), ...);
    if (sizeof...(I) == 1) out += ',';
    out += ')';
}
inline void append_view(std::string& out, const str* s) { out.append(s->data(), std::size_t(s->nbytes())); }
}  // namespace detail

/// Appends repr(v) to out.
template <class T>
void append_repr(std::string& out, const T& v) {
    if constexpr (is_optional_v<T>) {
        if (v.is_none()) out += "None";
        else append_repr(out, v.get());
    } else if constexpr (is_number_v<T>) {
        if (v.is_float()) append_float_repr(out, v.float_value());
        else append_int(out, v.int_value());
    } else if constexpr (is_py_bool_v<T>) out += v ? "True" : "False";
    else if constexpr (is_py_int_v<T>) append_int(out, i64(v));
    else if constexpr (is_py_float_v<T>) append_float_repr(out, double(v));
    else if constexpr (is_py_complex_v<T>) append_complex_repr(out, v);
    else if constexpr (is_none_v<T>) out += "None";
    else if constexpr (is_tuple_v<T>)
        detail::append_tuple_repr(out, v, std::make_index_sequence<std::tuple_size_v<T>>{});
    else if constexpr (is_vtuple_v<T>) v.repr_into(out);
    else if constexpr (std::is_pointer_v<T>) {
        if (v == nullptr) out += "None";
        else if constexpr (is_str_ptr_v<T>) append_str_repr(out, v);
        else if constexpr (is_object_ptr_v<T>) detail::append_view(out, v->repr_());
        else v->repr_into(out);
    } else {
        static_assert(sizeof(T) == 0, "repr() of an unsupported type");
    }
}

/// Appends str(v) to out.
template <class T>
void append_str(std::string& out, const T& v) {
    if constexpr (std::is_pointer_v<T>) {
        if (v == nullptr) out += "None";
        else if constexpr (is_str_ptr_v<T>) detail::append_view(out, v);
        else if constexpr (is_object_ptr_v<T>) detail::append_view(out, v->str_());
        else v->repr_into(out);
    } else {
        append_repr(out, v);
    }
}

/// repr(v)
template <class T>
str* repr_of(const T& v) {
    if constexpr (is_optional_v<T>) return v.is_none() ? str::from_cstr("None") : repr_of(v.get());
    else if constexpr (is_number_v<T>) return v.is_float() ? float_repr(v.float_value()) : int_repr(v.int_value());
    else if constexpr (is_py_float_v<T>) return float_repr(v);
    else if constexpr (is_py_int_v<T>) return int_repr(v);
    else if constexpr (is_py_complex_v<T>) return complex_repr(v);
    else if constexpr (is_str_ptr_v<T>) return v ? str_repr(v) : str::from_cstr("None");
    else if constexpr (is_object_ptr_v<T>) return v ? v->repr_() : str::from_cstr("None");
    else {
        std::string out;
        append_repr(out, v);
        return str::from_utf8(out);
    }
}
/// str(v)
template <class T>
str* str_of(const T& v) {
    if constexpr (is_optional_v<T>) return v.is_none() ? str::from_cstr("None") : str_of(v.get());
    else if constexpr (is_number_v<T>) return repr_of(v);
    else if constexpr (is_str_ptr_v<T>) return v ? const_cast<str*>(static_cast<const str*>(v)) : str::from_cstr("None");
    else if constexpr (is_object_ptr_v<T>) return v ? v->str_() : str::from_cstr("None");
    else if constexpr (std::is_pointer_v<T>) return repr_of(v);
    else if constexpr ((is_py_number_v<T> && !is_py_bool_v<T>) || is_py_complex_v<T>) return repr_of(v);
    else {
        std::string out;
        append_str(out, v);
        return str::from_utf8(out);
    }
}

// ---- equality and ordering ----

enum class CmpOp { LT, LE, GT, GE };

template <class A, class B>
bool py_eq(const A& a, const B& b);
template <CmpOp Op, class A, class B>
bool py_compare(const A& a, const B& b);

namespace detail {
template <class A, class B, std::size_t... I>
bool tuple_eq(const A& a, const B& b, std::index_sequence<I...>) {
    return (py_eq(std::get<I>(a), std::get<I>(b)) && ...);
}
template <CmpOp Op>
bool cmp_result(int c) {
    if constexpr (Op == CmpOp::LT) return c < 0;
    else if constexpr (Op == CmpOp::LE) return c <= 0;
    else if constexpr (Op == CmpOp::GT) return c > 0;
    else return c >= 0;
}
template <CmpOp Op, class A, class B>
bool num_compare(A a, B b) {
    if constexpr (is_py_float_v<A> && !is_py_float_v<B>) {
        int c = int_float_cmp(i64(b), a);
        return c != 2 && cmp_result<Op>(-c);
    } else if constexpr (!is_py_float_v<A> && is_py_float_v<B>) {
        int c = int_float_cmp(i64(a), b);
        return c != 2 && cmp_result<Op>(c);
    } else {
        if constexpr (Op == CmpOp::LT) return a < b;
        else if constexpr (Op == CmpOp::LE) return a <= b;
        else if constexpr (Op == CmpOp::GT) return a > b;
        else return a >= b;
    }
}
/// Lexicographic comparison of two sequences as Python does it: the first
/// pair of unequal items decides; otherwise the lengths do.
template <CmpOp Op, class GetA, class GetB>
bool seq_compare(i64 na, GetA ga, i64 nb, GetB gb) {
    i64 n = na < nb ? na : nb;
    for (i64 i = 0; i < n; ++i) {
        if (!py_eq(ga(i), gb(i))) return py_compare<Op>(ga(i), gb(i));
    }
    return cmp_result<Op>(na < nb ? -1 : (na > nb ? 1 : 0));
}
// Item by item, forced inline: an out-of-line call takes both tuples by address, which makes
// the caller spill tuples of ints it holds in registers (heap sifts compare in their inner loop).
template <CmpOp Op, std::size_t I, std::size_t N, class A, class B>
__attribute__((always_inline)) inline bool tuple_compare_from(const A& a, const B& b) {
    if constexpr (I == N) {
        constexpr i64 na = std::tuple_size_v<A>, nb = std::tuple_size_v<B>;
        return cmp_result<Op>(na < nb ? -1 : (na > nb ? 1 : 0));
    } else {
        const auto& x = std::get<I>(a);
        const auto& y = std::get<I>(b);
        if (!py_eq(x, y)) return py_compare<Op>(x, y);
        return tuple_compare_from<Op, I + 1, N>(a, b);
    }
}
template <CmpOp Op, class A, class B, std::size_t... I>
__attribute__((always_inline)) inline bool tuple_compare(const A& a, const B& b, std::index_sequence<I...>) {
    return tuple_compare_from<Op, 0, sizeof...(I)>(a, b);
}
template <CmpOp Op>
constexpr const char* op_symbol() {
    if constexpr (Op == CmpOp::LT) return "<";
    else if constexpr (Op == CmpOp::LE) return "<=";
    else if constexpr (Op == CmpOp::GT) return ">";
    else return ">=";
}
[[noreturn]] void raise_unorderable(const char* op, const char* a, const char* b);
}  // namespace detail

/// a == b with Python semantics (1 == 1.0, None == None, contents of
/// containers, __eq__ of user objects).
template <class A, class B>
bool py_eq(const A& a, const B& b) {
    if constexpr (is_optional_v<A> || is_optional_v<B>) {
        if (is_none_value(a) || is_none_value(b)) {
            // None equals only None
            bool a_none = is_none_value(a) || is_none_v<A>;
            bool b_none = is_none_value(b) || is_none_v<B>;
            return a_none && b_none;
        }
        if constexpr (is_none_v<A> || is_none_v<B>) return false;
        else return py_eq(value_of(a), value_of(b));
    } else if constexpr (is_number_v<A> || is_number_v<B>) {
        // 1 == 1.0; a number never equals a value of another type
        if constexpr (is_num_operand_v<A> && is_num_operand_v<B>) return num_cmp(a, b) == 0;
        else if constexpr (is_number_v<A>) return a.is_float() ? py_eq(a.float_value(), b) : py_eq(a.int_value(), b);
        else return b.is_float() ? py_eq(a, b.float_value()) : py_eq(a, b.int_value());
    } else if constexpr (is_py_complex_v<A> || is_py_complex_v<B>) {
        // a complex equals an int or float whose value its real part has exactly, with a zero imaginary part
        if constexpr (is_py_complex_v<A> && is_py_complex_v<B>) return complex_eq(a, b);
        else if constexpr (is_py_complex_v<A> && is_py_number_v<B>) return a.im == 0.0 && py_eq(a.re, b);
        else if constexpr (is_py_number_v<A> && is_py_complex_v<B>) return b.im == 0.0 && py_eq(a, b.re);
        else return false;
    } else if constexpr (is_py_number_v<A> && is_py_number_v<B>) {
        if constexpr (is_py_float_v<A> && !is_py_float_v<B>) return int_float_cmp(i64(b), a) == 0;
        else if constexpr (!is_py_float_v<A> && is_py_float_v<B>) return int_float_cmp(i64(a), b) == 0;
        else return a == b;
    } else if constexpr (is_none_v<A> && is_none_v<B>) {
        return true;
    } else if constexpr (is_none_v<A> && std::is_pointer_v<B>) {
        return b == nullptr;
    } else if constexpr (std::is_pointer_v<A> && is_none_v<B>) {
        return a == nullptr;
    } else if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
        if constexpr (std::tuple_size_v<A> != std::tuple_size_v<B>) return false;
        else return detail::tuple_eq(a, b, std::make_index_sequence<std::tuple_size_v<A>>{});
    } else if constexpr (is_vtuple_v<A> && is_vtuple_v<B>) {
        return a.eq(b);
    } else if constexpr (is_vtuple_v<A> && is_tuple_v<B>) {
        return a.eq(A(b));
    } else if constexpr (is_tuple_v<A> && is_vtuple_v<B>) {
        return B(a).eq(b);
    } else if constexpr (std::is_pointer_v<A> && std::is_pointer_v<B>) {
        if (static_cast<const void*>(a) == static_cast<const void*>(b)) return true;
        if (a == nullptr || b == nullptr) return false;
        if constexpr (is_str_ptr_v<A> && is_str_ptr_v<B>) return str_eq(a, b);
        else if constexpr (is_object_ptr_v<A> && is_object_ptr_v<B>) return a->eq_(b);
        else if constexpr (is_container_ptr_v<A> && is_container_ptr_v<B>) {
            if constexpr (std::is_same_v<typename std::remove_pointer_t<A>::krait_kind,
                                         typename std::remove_pointer_t<B>::krait_kind>)
                return a->eq(b);
            else return false;
        } else return false;
    } else {
        return false;
    }
}
template <class A, class B>
inline bool py_ne(const A& a, const B& b) { return !py_eq(a, b); }

namespace detail {
/// {@code x} (an item looked up in, or compared with, a set, dict or view of elements of type T):
/// itself when the C++ types agree, an equal number of the element type (1.0 == 1; 1.5 is no
/// int), else nothing: values of other types never equal an element (`"a" in {1}`, an empty
/// literal's elements defaulted to int).
template <class T, class E>
std::optional<T> as_element(const E& x) {
    if constexpr (std::is_same_v<E, T>) {
        return x;
    } else if constexpr (is_number_v<T> && std::is_arithmetic_v<E> && !is_py_bool_v<E>) {
        return T(x);
    } else if constexpr (is_number_v<T> && is_py_bool_v<E>) {
        return T(i64(x));
    } else if constexpr (is_number_v<E> && is_py_number_v<T>) {
        return x.is_float() ? as_element<T>(x.float_value()) : as_element<T>(x.int_value());
    } else if constexpr (is_py_number_v<E> && is_py_number_v<T>) {
        if constexpr (is_py_float_v<E> && !is_py_float_v<T>) {
            // only integral floats in int64's range (2**63 itself is out) can equal an int
            if (!(x >= -9223372036854775808.0 && x < 9223372036854775808.0) || x != std::trunc(x)) return std::nullopt;
        }
        T t = static_cast<T>(x);
        if (py_eq(t, x)) return t;
        return std::nullopt;
    } else if constexpr (std::is_convertible_v<const E&, T>) {
        return T(x);
    } else {
        return std::nullopt;
    }
}
}  // namespace detail

/// a < b, a <= b, a > b, a >= b with Python semantics; TypeError for
/// unorderable types.
template <CmpOp Op, class A, class B>
bool py_compare(const A& a, const B& b) {
    if constexpr (is_optional_v<A> || is_optional_v<B>) {
        if (is_none_value(a) || is_none_value(b))
            detail::raise_unorderable(detail::op_symbol<Op>(), py_type_name_of(a), py_type_name_of(b));
        return py_compare<Op>(value_of(a), value_of(b));
    } else if constexpr (is_number_v<A> || is_number_v<B>) {
        if constexpr (is_num_operand_v<A> && is_num_operand_v<B>) {
            int c = num_cmp(a, b);
            return c != 2 && detail::cmp_result<Op>(c);
        } else if constexpr (is_number_v<A>) {
            return a.is_float() ? py_compare<Op>(a.float_value(), b) : py_compare<Op>(a.int_value(), b);
        } else {
            return b.is_float() ? py_compare<Op>(a, b.float_value()) : py_compare<Op>(a, b.int_value());
        }
    } else if constexpr (is_py_number_v<A> && is_py_number_v<B>) {
        return detail::num_compare<Op>(a, b);
    } else if constexpr (is_str_ptr_v<A> && is_str_ptr_v<B>) {
        if (!a || !b) detail::raise_unorderable(detail::op_symbol<Op>(), a ? "str" : "NoneType", b ? "str" : "NoneType");
        return detail::cmp_result<Op>(str_cmp(a, b));
    } else if constexpr (is_tuple_v<A> && is_tuple_v<B>) {
        return detail::tuple_compare<Op>(a, b, std::make_index_sequence<
            (std::tuple_size_v<A> < std::tuple_size_v<B> ? std::tuple_size_v<A> : std::tuple_size_v<B>)>{});
    } else if constexpr (is_vtuple_v<A> && is_vtuple_v<B>) {
        return a.template compare<Op>(b);
    } else if constexpr (is_vtuple_v<A> && is_tuple_v<B>) {
        return a.template compare<Op>(A(b));
    } else if constexpr (is_tuple_v<A> && is_vtuple_v<B>) {
        return B(a).template compare<Op>(b);
    } else if constexpr (is_container_ptr_v<A> && is_container_ptr_v<B>) {
        if (!a || !b) detail::raise_unorderable(detail::op_symbol<Op>(), a ? py_type_name<A>() : "NoneType", b ? py_type_name<B>() : "NoneType");
        return a->template compare<Op>(b);
    } else if constexpr (is_object_ptr_v<A> && is_object_ptr_v<B>) {
        return a->compare_(static_cast<int>(Op), b);
    } else {
        detail::raise_unorderable(detail::op_symbol<Op>(), py_type_name<A>(), py_type_name<B>());
    }
}
template <class A, class B>
inline bool py_lt(const A& a, const B& b) { return py_compare<CmpOp::LT>(a, b); }
template <class A, class B>
inline bool py_le(const A& a, const B& b) { return py_compare<CmpOp::LE>(a, b); }
template <class A, class B>
inline bool py_gt(const A& a, const B& b) { return py_compare<CmpOp::GT>(a, b); }
template <class A, class B>
inline bool py_ge(const A& a, const B& b) { return py_compare<CmpOp::GE>(a, b); }

// ---- truth, len, hash ----

/// bool(v): False for 0, 0.0, None/nullptr, empty str and containers.
template <class T>
inline bool truthy(const T& v) {
    if constexpr (is_optional_v<T>) return !v.is_none() && truthy(v.get());
    else if constexpr (is_number_v<T>) return v.is_float() ? v.float_value() != 0.0 : v.int_value() != 0;
    else if constexpr (is_py_number_v<T>) return v != 0;
    else if constexpr (is_py_complex_v<T>) return v.re != 0.0 || v.im != 0.0;
    else if constexpr (is_none_v<T>) return false;
    else if constexpr (is_tuple_v<T>) return std::tuple_size_v<T> != 0;
    else if constexpr (is_vtuple_v<T>) return v.len() != 0;
    else if constexpr (is_object_ptr_v<T>) return v != nullptr && v->truthy_();
    else if constexpr (std::is_pointer_v<T>) return v != nullptr && v->len() != 0;
    else static_assert(sizeof(T) == 0, "bool() of an unsupported type");
}

/// len(v) for str, containers and tuples.
template <class T>
inline i64 len(const T& v) {
    if constexpr (is_tuple_v<T>) return i64(std::tuple_size_v<T>);
    else if constexpr (is_vtuple_v<T>) return v.len();
    else if constexpr (std::is_arithmetic_v<T>) {
        // only reachable through a callback over a container that holds nothing (sorted([], key=len),
        // whose element type is a placeholder int); len(5) itself is refused at compile time
        (void)v;
        raise_type_error(std::is_same_v<T, bool> ? "object of type 'bool' has no len()"
                         : std::is_floating_point_v<T> ? "object of type 'float' has no len()"
                                                         : "object of type 'int' has no len()");
    } else {
        // a list, str or object that may be None (a null pointer) passes len(x: object)
        if (KRAIT_UNLIKELY(v == nullptr)) raise_type_error("object of type 'NoneType' has no len()");
        return v->len();
    }
}

/// len(obj) of an object with __len__ that may be None.
template <class T>
inline T* len_not_none(T* obj) {
    if (KRAIT_UNLIKELY(obj == nullptr)) raise_type_error("object of type 'NoneType' has no len()");
    return obj;
}

/// hash(int): CPython's value (v modulo 2**61 - 1, -1 maps to -2).
inline i64 int_hash(i64 v) {
    constexpr i64 M = (i64(1) << 61) - 1;
    i64 r;
    if (KRAIT_LIKELY(v > -M && v < M)) {
        r = v;
    } else {
        u64 a = v < 0 ? u64(0) - u64(v) : u64(v);
        r = i64(a % u64(M));
        if (v < 0) r = -r;
    }
    return r == -1 ? -2 : r;
}
/// hash(float): CPython's value (equal to the int hash for integral floats).
i64 float_hash(double v);

template <class T>
i64 py_hash(const T& v);
namespace detail {
template <class Tup, std::size_t... I>
i64 tuple_hash(const Tup& t, std::index_sequence<I...>) {
    // CPython's xxHash-based tuplehash (3.8+).
    constexpr u64 P1 = 11400714785074694791ULL, P2 = 14029467366897019727ULL, P5 = 2870177450012600261ULL;
    u64 acc = P5;
    [[maybe_unused]] auto lane = [&](u64 h) {
        acc += h * P2;
        acc = (acc << 31) | (acc >> 33);
        acc *= P1;
    };
    (lane(u64(py_hash(std::get<I>(t)))), ...);
    acc += u64(sizeof...(I)) ^ (P5 ^ 3527539UL);
    if (acc == u64(-1)) return 1546275796;
    return i64(acc);
}
}  // namespace detail

namespace detail {
/// A container pointer whose class hashes itself (bytes): hash(v) is its hash() member.
template <class T, class = void>
struct hashable_container : std::false_type {};
template <class T>
struct hashable_container<T*, std::void_t<typename T::krait_kind, decltype(std::declval<const T&>().hash())>>
    : std::true_type {};
template <class T>
inline constexpr bool hashable_container_v = hashable_container<std::remove_cv_t<T>>::value;

/// Containers CPython hashes by identity (they define no __eq__): dict_values, itertools.chain.
template <class T, class = void>
struct identity_hashed_container : std::false_type {};
template <class T>
struct identity_hashed_container<T*, std::void_t<typename T::krait_kind>>
    : std::bool_constant<std::is_same_v<typename T::krait_kind, values_view_kind> ||
                         std::is_same_v<typename T::krait_kind, chain_kind>> {};
template <class T>
inline constexpr bool identity_hashed_container_v = identity_hashed_container<std::remove_cv_t<T>>::value;

/// hash() of a mutable container (list, dict, bytearray, deque, ...): TypeError, as CPython.
[[noreturn]] inline void raise_unhashable(const char* type_name) {
    raise_type_error_str(std::string("unhashable type: '") + type_name + "'");
}
}  // namespace detail

/// hash(v) (CPython-compatible for int, float, bool and tuples of those).
template <class T>
i64 py_hash(const T& v) {
    if constexpr (is_py_bool_v<T>) return v ? 1 : 0;
    else if constexpr (is_py_int_v<T>) return int_hash(i64(v));
    else if constexpr (is_py_float_v<T>) return float_hash(v);
    else if constexpr (is_py_complex_v<T>) return complex_hash(v);
    else if constexpr (is_none_v<T>) return 0xFCA86420;
    else if constexpr (is_optional_v<T>) return v.is_none() ? 0xFCA86420 : py_hash(v.get());
    else if constexpr (is_number_v<T>) return v.is_float() ? float_hash(v.float_value()) : int_hash(v.int_value());
    else if constexpr (is_tuple_v<T>)
        return detail::tuple_hash(v, std::make_index_sequence<std::tuple_size_v<T>>{});
    else if constexpr (is_vtuple_v<T>) return v.hash();
    else if constexpr (is_str_ptr_v<T>) return v ? i64(v->hash()) : 0xFCA86420;
    else if constexpr (std::is_same_v<std::remove_cv_t<T>, bytearray*>) detail::raise_unhashable("bytearray");
    else if constexpr (detail::hashable_container_v<T>) return v ? i64(v->hash()) : 0xFCA86420;
    else if constexpr (is_object_ptr_v<T>) return v ? i64(v->hash_()) : 0xFCA86420;
    else if constexpr (is_set_ptr_v<T>) return v ? v->hash() : 0xFCA86420;  // frozenset; a set raises
    else if constexpr (detail::identity_hashed_container_v<T>) return v ? i64(reinterpret_cast<std::uintptr_t>(v) >> 4) : 0xFCA86420;
    else if constexpr (is_container_ptr_v<T>) {
        if (!v) return 0xFCA86420;  // None held in the container's type
        detail::raise_unhashable(std::remove_pointer_t<std::remove_cv_t<T>>::py_type_name());
    } else static_assert(sizeof(T) == 0, "unhashable type");
}

}  // namespace krait
