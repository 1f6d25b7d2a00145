// number.h -- an int or a float in one place: what a Python variable, container element,
// attribute, parameter or return value holding both is (`prices = [10, 20, 5.5]`).
//
// A 16-byte value (a tag and an i64/double union), never GC-allocated. The analysis gives this
// type only to places where ints and floats meet; everywhere else int stays i64 and float
// double. Arithmetic follows Python: two ints compute as ints (checked, OverflowError), any float
// makes the operation a float one. When the analysis knows an operation's result is a float
// (an operand is a plain double, or `/`), the functions here return double; otherwise number.
#pragma once

#include <cmath>
#include <type_traits>

#include "krait/core.h"

namespace krait {

class number {
public:
    constexpr number() : is_float_(false), i_(0) {}
    template <class T, std::enable_if_t<std::is_integral_v<T> && !std::is_same_v<T, bool>, int> = 0>
    constexpr number(T v) : is_float_(false), i_(i64(v)) {}
    template <class T, std::enable_if_t<std::is_floating_point_v<T>, int> = 0>
    constexpr number(T v) : is_float_(true), d_(double(v)) {}

    constexpr bool is_float() const { return is_float_; }
    constexpr bool is_int() const { return !is_float_; }
    /// The int held; the caller checked is_int().
    constexpr i64 int_value() const { return i_; }
    /// The float held; the caller checked is_float().
    constexpr double float_value() const { return d_; }
    /// The value as a float: float(x), or x passed where a float is expected.
    constexpr double as_double() const { return is_float_ ? d_ : double(i_); }

private:
    bool is_float_;
    union {
        i64 i_;
        double d_;
    };
};

inline constexpr bool num_is_int(const number& a) { return a.is_int(); }
inline constexpr bool num_is_float(const number& a) { return a.is_float(); }
inline constexpr i64 num_int_value(const number& a) { return a.int_value(); }
inline constexpr double num_float_value(const number& a) { return a.float_value(); }

template <class T>
inline constexpr bool is_number_v = std::is_same_v<std::remove_cv_t<std::remove_reference_t<T>>, number>;

/// An operand of a number operation: a number, an int, a bool or a float.
template <class T>
inline constexpr bool is_num_operand_v = is_number_v<T> || std::is_arithmetic_v<T>;

/// The C++ result of a number operation: double when a plain float takes part (int op float is
/// a float in Python), else number.
template <class A, class B>
using num_result_t = std::conditional_t<std::is_floating_point_v<A> || std::is_floating_point_v<B>, double, number>;

namespace detail {
template <class T>
constexpr number to_number(const T& v) {
    if constexpr (is_number_v<T>) return v;
    else if constexpr (std::is_floating_point_v<T>) return number(double(v));
    else return number(i64(v));
}
template <class T>
constexpr double num_to_double(const T& v) {
    if constexpr (is_number_v<T>) return v.as_double();
    else return double(v);
}
/// Applies the int operation when both are ints, else the float one, converted to R.
template <class A, class B, class IntOp, class FloatOp>
inline num_result_t<A, B> num_arith(const A& a, const B& b, IntOp int_op, FloatOp float_op) {
    using R = num_result_t<A, B>;
    if constexpr (std::is_same_v<R, double>) {
        return float_op(num_to_double(a), num_to_double(b));
    } else {
        number x = to_number(a), y = to_number(b);
        if (x.is_int() && y.is_int()) return number(int_op(x.int_value(), y.int_value()));
        return number(float_op(x.as_double(), y.as_double()));
    }
}
}  // namespace detail

#define KRAIT_NUM_ENABLE(A, B) \
    std::enable_if_t<is_num_operand_v<A> && is_num_operand_v<B> && (is_number_v<A> || is_number_v<B>), int> = 0

template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_add(const A& a, const B& b) {
    return detail::num_arith(a, b, [](i64 x, i64 y) { return int_add(x, y); }, [](double x, double y) { return x + y; });
}
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_sub(const A& a, const B& b) {
    return detail::num_arith(a, b, [](i64 x, i64 y) { return int_sub(x, y); }, [](double x, double y) { return x - y; });
}
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_mul(const A& a, const B& b) {
    return detail::num_arith(a, b, [](i64 x, i64 y) { return int_mul(x, y); }, [](double x, double y) { return x * y; });
}
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_floordiv(const A& a, const B& b) {
    return detail::num_arith(a, b, [](i64 x, i64 y) { return int_floordiv(x, y); },
                             [](double x, double y) { return float_floordiv(x, y); });
}
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_mod(const A& a, const B& b) {
    return detail::num_arith(a, b, [](i64 x, i64 y) { return int_mod(x, y); },
                             [](double x, double y) { return float_mod(x, y); });
}
/// a / b: always a float; two ints divide exactly rounded, as CPython does.
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline double num_truediv(const A& a, const B& b) {
    number x = detail::to_number(a), y = detail::to_number(b);
    if (x.is_int() && y.is_int()) return int_truediv(x.int_value(), y.int_value());
    return float_div(x.as_double(), y.as_double());
}
/// a ** b: an int to a negative int power is a float in Python, which a number can hold.
template <class A, class B, KRAIT_NUM_ENABLE(A, B)>
inline num_result_t<A, B> num_pow(const A& a, const B& b) {
    using R = num_result_t<A, B>;
    if constexpr (std::is_same_v<R, double>) {
        return float_pow(detail::num_to_double(a), detail::num_to_double(b));
    } else {
        number x = detail::to_number(a), y = detail::to_number(b);
        if (x.is_int() && y.is_int() && y.int_value() >= 0) return number(int_pow(x.int_value(), y.int_value()));
        return number(float_pow(x.as_double(), y.as_double()));
    }
}
#undef KRAIT_NUM_ENABLE

// Operators, for the runtime's generic code (sum of a list of numbers adds with +).
inline number operator+(const number& a, const number& b) { return num_add(a, b); }
inline number operator-(const number& a, const number& b) { return num_sub(a, b); }
inline number operator*(const number& a, const number& b) { return num_mul(a, b); }
inline double operator+(double a, const number& b) { return num_add(a, b); }
inline double operator+(const number& a, double b) { return num_add(a, b); }
inline number operator+(i64 a, const number& b) { return num_add(a, b); }
inline number operator+(const number& a, i64 b) { return num_add(a, b); }

inline number num_neg(const number& a) { return a.is_int() ? number(int_neg(a.int_value())) : number(-a.float_value()); }
inline number num_pos(const number& a) { return a; }
inline number py_abs(const number& a) {
    return a.is_int() ? number(int_abs(a.int_value())) : number(std::fabs(a.float_value()));
}
inline number int_abs(const number& a) { return py_abs(a); }
inline double float_of(const number& a) { return a.as_double(); }
inline i64 int_of(const number& a) { return a.is_int() ? a.int_value() : int_of(a.float_value()); }
i64 round_of(double v);
double round_of(double v, i64 ndigits);
i64 round_of(i64 v, i64 ndigits);
inline i64 round_of(const number& a) { return a.is_int() ? a.int_value() : round_of(a.float_value()); }
inline number round_of(const number& a, i64 ndigits) {
    return a.is_int() ? number(round_of(a.int_value(), ndigits)) : number(round_of(a.float_value(), ndigits));
}

/// A number used where Python requires an int (range(), an index): CPython's TypeError for a float.
inline i64 num_as_index(const number& a) {
    if (KRAIT_UNLIKELY(a.is_float())) raise_type_error("'float' object cannot be interpreted as an integer");
    return a.int_value();
}
/// An index into a sequence: `message` is the sequence's TypeError for a float.
inline i64 num_as_index(const number& a, const char* message) {
    if (KRAIT_UNLIKELY(a.is_float())) raise_type_error(message);
    return a.int_value();
}
/// The count of a sequence repeated (`"ab" * n`).
inline i64 num_as_repeat_count(const number& a) {
    if (KRAIT_UNLIKELY(a.is_float())) raise_type_error("can't multiply sequence by non-int of type 'float'");
    return a.int_value();
}

/// Exact comparison (a number is compared by the value its tag says, int against float exactly):
/// -1, 0, 1, or 2 when a NaN takes part.
template <class A, class B>
inline int num_cmp(const A& a, const B& b) {
    number x = detail::to_number(a), y = detail::to_number(b);
    if (x.is_int() && y.is_int()) return x.int_value() < y.int_value() ? -1 : x.int_value() > y.int_value() ? 1 : 0;
    if (x.is_float() && y.is_float()) {
        double p = x.float_value(), q = y.float_value();
        return p < q ? -1 : p > q ? 1 : p == q ? 0 : 2;
    }
    if (x.is_int()) return int_float_cmp(x.int_value(), y.float_value());
    int c = int_float_cmp(y.int_value(), x.float_value());
    return c == 2 ? 2 : -c;
}

}  // namespace krait
