// cmath_module.h -- Python's cmath module: CPython 3.11's functions and constants, computed by
// CPython's own algorithms (Modules/cmathmodule.c, re-implemented) on the C library's real
// functions, so results agree to the last bit; where a part of the argument is an infinity or
// a NaN the result comes from tables generated from CPython (scripts/gen-cmath-tables). A
// domain error raises ValueError("math domain error"), an overflow OverflowError("math range
// error"), as CPython does. docs/cmath.md says what was compared.
#pragma once

#include "krait/complex.h"
#include "krait/core.h"
#include "krait/ops.h"

namespace krait::cmath {

complex sqrt(complex z);
complex exp(complex z);
complex log(complex z);
complex log(complex z, complex base);
complex log10(complex z);
complex sin(complex z);
complex cos(complex z);
complex tan(complex z);
complex asin(complex z);
complex acos(complex z);
complex atan(complex z);
complex sinh(complex z);
complex cosh(complex z);
complex tanh(complex z);
complex asinh(complex z);
complex acosh(complex z);
complex atanh(complex z);
double phase(complex z);
tuple<double, double> polar(complex z);
complex rect(double r, double phi);
bool isclose(complex a, complex b, double rel_tol, double abs_tol);
inline bool isfinite(complex z) { return std::isfinite(z.re) && std::isfinite(z.im); }
inline bool isinf(complex z) { return std::isinf(z.re) || std::isinf(z.im); }
inline bool isnan(complex z) { return std::isnan(z.re) || std::isnan(z.im); }

}  // namespace krait::cmath
