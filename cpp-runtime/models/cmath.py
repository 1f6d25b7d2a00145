"""The cmath module as Krait implements it (cpp-runtime/include/krait/cmath_module.h,
cpp-runtime/src/cmath_module.cpp): every function and constant of CPython 3.11's cmath module,
computed by CPython's algorithms; complex parameters take ints, floats and bools too.
docs/cmath.md says how the results were compared with CPython's.
"""

pi: float = cpp("M_PI")
e: float = cpp("M_E")
tau: float = cpp("(2 * M_PI)")
inf: float = cpp("std::numeric_limits<double>::infinity()")
infj: complex = cpp("krait::complex(0.0, std::numeric_limits<double>::infinity())")
nan: float = cpp("std::numeric_limits<double>::quiet_NaN()")
nanj: complex = cpp("krait::complex(0.0, std::numeric_limits<double>::quiet_NaN())")

@cpp("krait::cmath::acos")
def acos(z: complex) -> complex: ...

@cpp("krait::cmath::acosh")
def acosh(z: complex) -> complex: ...

@cpp("krait::cmath::asin")
def asin(z: complex) -> complex: ...

@cpp("krait::cmath::asinh")
def asinh(z: complex) -> complex: ...

@cpp("krait::cmath::atan")
def atan(z: complex) -> complex: ...

@cpp("krait::cmath::atanh")
def atanh(z: complex) -> complex: ...

@cpp("krait::cmath::cos")
def cos(z: complex) -> complex: ...

@cpp("krait::cmath::cosh")
def cosh(z: complex) -> complex: ...

@cpp("krait::cmath::exp")
def exp(z: complex) -> complex: ...

@cpp("krait::cmath::log")
def log(x: complex) -> complex: ...
@cpp("krait::cmath::log")
def log(x: complex, base: complex) -> complex: ...

@cpp("krait::cmath::log10")
def log10(z: complex) -> complex: ...

@cpp("krait::cmath::sin")
def sin(z: complex) -> complex: ...

@cpp("krait::cmath::sinh")
def sinh(z: complex) -> complex: ...

@cpp("krait::cmath::sqrt")
def sqrt(z: complex) -> complex: ...

@cpp("krait::cmath::tan")
def tan(z: complex) -> complex: ...

@cpp("krait::cmath::tanh")
def tanh(z: complex) -> complex: ...

@cpp("krait::cmath::phase")
def phase(z: complex) -> float: ...

@cpp("krait::cmath::polar")
def polar(z: complex) -> tuple[float, float]: ...

@cpp("krait::cmath::rect")
def rect(r: float, phi: float) -> complex: ...

@cpp("krait::cmath::isfinite")
def isfinite(z: complex) -> bool: ...

@cpp("krait::cmath::isinf")
def isinf(z: complex) -> bool: ...

@cpp("krait::cmath::isnan")
def isnan(z: complex) -> bool: ...

@cpp("krait::cmath::isclose")
def isclose(a: complex, b: complex, *, rel_tol: float = 1e-09, abs_tol: float = 0.0) -> bool: ...
