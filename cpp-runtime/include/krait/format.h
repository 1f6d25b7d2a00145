// format.h -- number formatting with CPython's exact output.
//
// float_repr is repr(float): the shortest digit string that round-trips
// (std::to_chars), in fixed notation when the decimal exponent is in
// [-4, 16) and in scientific notation ('1e-05', '1.5e+300') otherwise,
// with '.0' added to integral values; 'inf', '-inf', 'nan', '-0.0'.
#pragma once

#include <string>

#include "krait/core.h"

namespace krait {

class str;

/// Appends the decimal digits of v.
void append_int(std::string& out, i64 v);
/// Appends repr(v) for a float.
void append_float_repr(std::string& out, double v);
/// repr(v) / str(v) for a float.
str* float_repr(double v);
/// repr(v) / str(v) for an int.
str* int_repr(i64 v);

/// format(v, spec) for the format-spec mini-language (e.g. ".2f", ">10",
/// "+,d", "08.3e", "%"). ValueError with CPython's messages on bad specs.
str* format_int(i64 v, str* spec);
str* format_float(double v, str* spec);
str* format_str(str* v, str* spec);
str* format_bool(bool v, str* spec);

}  // namespace krait
