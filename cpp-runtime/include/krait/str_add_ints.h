// str_add_ints.h -- a chain of str `+` whose operands include str(n) of ints.
//
// `ip + " - [" + str(i) + "] " + str(size)` would make a str per str(n) only to copy its
// digits into the result: here each int operand is formatted into the operand itself, on the
// stack, and the digits are copied into the result like the bytes of the str operands.
#pragma once

#include <charconv>
#include <cstddef>
#include <cstdint>

#include "krait/core.h"
#include "krait/str.h"

namespace krait {

/// One operand of str_add_ints: a str (None raises, as in str_add) or the decimal digits of an int.
struct str_add_item {
    const str* s = nullptr;
    bool is_int = false;
    std::uint8_t ndigits = 0;
    char digits[20];  // i64's longest, "-9223372036854775808"
    str_add_item(str* p) : s(p) {}  // NOLINT: made implicitly from str_add_ints' arguments
    str_add_item(i64 v) : is_int(true) {  // NOLINT
        auto r = std::to_chars(digits, digits + sizeof digits, v);
        ndigits = std::uint8_t(r.ptr - digits);
    }
};

/// The concatenation of items[0..n), with str_add_many's results (and its in-place growth of a
/// long first operand).
str* str_add_items(const str_add_item* items, std::size_t n);

/// a + str(i) + b + ... (generated code): each argument a str or an int.
template <class... P>
inline str* str_add_ints(P... parts) {
    const str_add_item items[] = {str_add_item(parts)...};
    return str_add_items(items, sizeof...(P));
}

}  // namespace krait
