// string_module.h -- Python's string module: its constants and capwords.
#pragma once

#include "krait/list.h"
#include "krait/str.h"

namespace krait::stringmod {

str* ascii_letters();
str* ascii_lowercase();
str* ascii_uppercase();
str* digits();
str* hexdigits();
str* octdigits();
str* punctuation();
str* whitespace();
str* printable();
/// capwords(s, sep=None): split, capitalize each word, join with sep (or one space).
str* capwords(str* s, str* sep = nullptr);

}  // namespace krait::stringmod
