"""The statistics module as Krait implements it (cpp-runtime/include/krait/statistics_module.h):
mean, variance and their relatives are exact, as CPython's Fraction arithmetic, rounded once.
Of a list of ints, CPython's mean, median, variance and pvariance return an int or a float
depending on the values; Krait reports those calls at compile time (fmean, stdev, pstdev,
median_low, median_high and mode of ints work)."""
from typing import TypeVar

T = TypeVar("T")


@cpp("krait::StatisticsError")
class StatisticsError(ValueError): ...


@cpp("krait::statistics::mean")
def mean(data: list[float]) -> float: ...
@cpp("!statistics.mean() of a list of ints (CPython returns an int or a float depending on the values)")
def mean(data: list[int]) -> float: ...


@cpp("krait::statistics::median")
def median(data: list[float]) -> float: ...
@cpp("!statistics.median() of a list of ints (CPython returns an int or a float depending on the values)")
def median(data: list[int]) -> float: ...


@cpp("krait::statistics::variance")
def variance(data: list[float]) -> float: ...
@cpp("!statistics.variance() of a list of ints (CPython returns an int or a float depending on the values)")
def variance(data: list[int]) -> float: ...


@cpp("krait::statistics::pvariance")
def pvariance(data: list[float]) -> float: ...
@cpp("!statistics.pvariance() of a list of ints (CPython returns an int or a float depending on the values)")
def pvariance(data: list[int]) -> float: ...


@cpp("krait::statistics::fmean")
def fmean(data: list[float]) -> float: ...


@cpp("krait::statistics::stdev")
def stdev(data: list[float]) -> float: ...


@cpp("krait::statistics::pstdev")
def pstdev(data: list[float]) -> float: ...


@cpp("krait::statistics::median_low")
def median_low(data: list[T]) -> T: ...


@cpp("krait::statistics::median_high")
def median_high(data: list[T]) -> T: ...


@cpp("krait::statistics::mode")
def mode(data: list[T]) -> T: ...
