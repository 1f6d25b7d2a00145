"""The math module as Krait implements it (cpp-runtime/include/krait/math_module.h)."""

pi: float = cpp("M_PI")
e: float = cpp("M_E")
tau: float = cpp("(2 * M_PI)")
inf: float = cpp("std::numeric_limits<double>::infinity()")
nan: float = cpp("std::numeric_limits<double>::quiet_NaN()")


@cpp("krait::math::sqrt")
def sqrt(x: float) -> float: ...
@cpp("krait::math::sqrt")
def sqrt(x: int) -> float: ...


@cpp("krait::math::exp")
def exp(x: float) -> float: ...
@cpp("krait::math::exp")
def exp(x: int) -> float: ...


@cpp("krait::math::log")
def log(x: float) -> float: ...
@cpp("krait::math::log")
def log(x: int) -> float: ...
@cpp("krait::math::log")
def log(x: float, base: float) -> float: ...
@cpp("krait::math::log")
def log(x: int, base: int) -> float: ...


@cpp("krait::math::log10")
def log10(x: float) -> float: ...
@cpp("krait::math::log10")
def log10(x: int) -> float: ...


@cpp("krait::math::log2")
def log2(x: float) -> float: ...
@cpp("krait::math::log2")
def log2(x: int) -> float: ...


@cpp("krait::math::sin")
def sin(x: float) -> float: ...
@cpp("krait::math::sin")
def sin(x: int) -> float: ...


@cpp("krait::math::cos")
def cos(x: float) -> float: ...
@cpp("krait::math::cos")
def cos(x: int) -> float: ...


@cpp("krait::math::tan")
def tan(x: float) -> float: ...


@cpp("krait::math::asin")
def asin(x: float) -> float: ...


@cpp("krait::math::acos")
def acos(x: float) -> float: ...


@cpp("krait::math::atan")
def atan(x: float) -> float: ...


@cpp("krait::math::atan2")
def atan2(y: float, x: float) -> float: ...


@cpp("krait::math::pow")
def pow(x: float, y: float) -> float: ...
@cpp("krait::math::pow")
def pow(x: int, y: int) -> float: ...


@cpp("krait::math::fabs")
def fabs(x: float) -> float: ...
@cpp("krait::math::fabs")
def fabs(x: int) -> float: ...


@cpp("krait::math::hypot")
def hypot(x: float, y: float) -> float: ...


@cpp("krait::math::degrees")
def degrees(x: float) -> float: ...


@cpp("krait::math::radians")
def radians(x: float) -> float: ...


@cpp("krait::math::floor")
def floor(x: float) -> int: ...
@cpp("krait::math::floor")
def floor(x: int) -> int: ...


@cpp("krait::math::ceil")
def ceil(x: float) -> int: ...
@cpp("krait::math::ceil")
def ceil(x: int) -> int: ...


@cpp("krait::math::trunc")
def trunc(x: float) -> int: ...


@cpp("krait::math::isnan")
def isnan(x: float) -> bool: ...


@cpp("krait::math::isinf")
def isinf(x: float) -> bool: ...


@cpp("krait::math::isfinite")
def isfinite(x: float) -> bool: ...


@cpp("krait::math::isclose")
def isclose(a: float, b: float) -> bool: ...


@cpp("krait::math::gcd")
def gcd(a: int, b: int) -> int: ...


@cpp("krait::math::factorial")
def factorial(n: int) -> int: ...
