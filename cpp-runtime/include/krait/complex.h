// complex.h -- Python's complex numbers: a value of two doubles.
//
// Arithmetic follows CPython 3.11's complexobject.c: an int or float operand is first made a
// complex with a +0.0 imaginary part (so 1.0 * (inf+1j) is computed as a full complex
// product, as CPython does), division scales by the larger component of the divisor, and **
// with an integral exponent of at most 100 in size multiplies by repeated squaring. repr uses
// the shortest round-trip digits of each part, as CPython's complex_repr does.
#pragma once

#include <cmath>
#include <string>
#include <type_traits>

#include "krait/core.h"

namespace krait {

class str;

struct complex {
    double re = 0.0;
    double im = 0.0;
    constexpr complex() = default;
    // implicit: an int or float argument converts where a complex is expected (cmath.sqrt(2))
    constexpr complex(double r, double i = 0.0) : re(r), im(i) {}
};

/// An int, float or bool operand as the complex CPython converts it to (int literals included).
template <class T>
inline complex to_complex(T x) {
    if constexpr (std::is_same_v<T, complex>) return x;
    else return complex(double(x), 0.0);
}

inline complex complex_add(complex a, complex b) { return complex(a.re + b.re, a.im + b.im); }
inline complex complex_sub(complex a, complex b) { return complex(a.re - b.re, a.im - b.im); }
inline complex complex_mul(complex a, complex b) {
    return complex(a.re * b.re - a.im * b.im, a.re * b.im + a.im * b.re);
}
/// For the runtime's generic code that adds (sum); a mixed operand converts as to_complex does.
inline complex operator+(complex a, complex b) { return complex_add(a, b); }
inline complex complex_neg(complex a) { return complex(-a.re, -a.im); }
inline complex complex_pos(complex a) { return a; }
/// a / b; ZeroDivisionError "complex division by zero".
complex complex_div(complex a, complex b);
/// a ** b; ZeroDivisionError for 0 to a negative or complex power, OverflowError when a part overflows.
complex complex_pow(complex a, complex b);
/// abs(z): hypot of the parts (an infinite part wins over a NaN); OverflowError when it overflows.
double complex_abs(complex z);
inline complex complex_conjugate(complex z) { return complex(z.re, -z.im); }
inline double complex_real(complex z) { return z.re; }
inline double complex_imag(complex z) { return z.im; }
inline bool complex_eq(complex a, complex b) { return a.re == b.re && a.im == b.im; }
/// hash(z): CPython's hash(re) + 1000003 * hash(im).
i64 complex_hash(complex z);

/// complex(), complex(x), complex(real, imag) as CPython combines complex arguments.
inline complex complex_zero() { return complex(); }
template <class T>
inline complex complex_of(T x) { return to_complex(x); }
/// complex("1+2j"): CPython's syntax; ValueError "complex() arg is a malformed string".
complex complex_of(str* s);
inline complex complex_parts(double re, double im) { return complex(re, im); }
inline complex complex_parts_cr(complex re, double im) { return complex(re.re, re.im + im); }
inline complex complex_parts_rc(double re, complex im) { return complex(re - im.im, im.re); }
inline complex complex_parts_cc(complex re, complex im) { return complex(re.re - im.im, re.im + im.re); }

/// Appends repr(z): "(1+2j)", "2j", "(-0-1j)", "(nan+infj)".
void append_complex_repr(std::string& out, complex z);
str* complex_repr(complex z);
/// format(z, spec) with CPython's complex rules (no parentheses once a type is given).
str* format_complex(complex z, str* spec);

}  // namespace krait
