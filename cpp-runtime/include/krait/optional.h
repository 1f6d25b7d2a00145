// optional.h -- an int, float, bool or tuple that may be None (a Python variable holding both).
#pragma once

#include <optional>
#include <string>
#include <type_traits>

#include "krait/core.h"

namespace krait {

/// A value type that may be None. Deliberately without arithmetic or ordering: the generated
/// code takes the value out with get() where a test proved it is there, or checks it with
/// check_*_operands(), which raise CPython's TypeError for None.
template <class T>
class optional {
public:
    constexpr optional() : has_(false), value_() {}
    constexpr optional(NoneType) : has_(false), value_() {}
    // (none for optional<NoneType>, a variable that is only ever None, whose value is None itself)
    template <class U = T, std::enable_if_t<!std::is_same_v<U, NoneType>, int> = 0>
    constexpr optional(T v) : has_(true), value_(v) {}
    optional(const std::optional<T>& o) : has_(o.has_value()), value_(o ? *o : T()) {}
    /// For model functions whose parameter is `int | None` (std::optional in C++).
    operator std::optional<T>() const { return has_ ? std::optional<T>(value_) : std::nullopt; }

    constexpr bool is_none() const { return !has_; }
    /// The value; the caller knows it is not None.
    constexpr T get() const { return value_; }
    /// The value held in place, for a caller that keeps a pointer to it (format_arg).
    constexpr const T& ref() const { return value_; }

    friend constexpr bool operator==(const optional& a, NoneType) { return !a.has_; }
    friend constexpr bool operator!=(const optional& a, NoneType) { return a.has_; }

private:
    bool has_;
    T value_;
};

template <class T>
struct is_optional : std::false_type {};
template <class T>
struct is_optional<optional<T>> : std::true_type {};
template <class T>
inline constexpr bool is_optional_v = is_optional<T>::value;

/// Whether v is None: only an empty optional is (pointers are checked where they are used).
template <class T>
constexpr bool is_none_value(const T& v) {
    if constexpr (is_optional_v<T>) return v.is_none();
    else return false;
}

/// The value of v, which is not None here.
template <class T>
constexpr auto value_of(const T& v) {
    if constexpr (is_optional_v<T>) return v.get();
    else return v;
}

}  // namespace krait
