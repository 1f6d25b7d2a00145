"""The time module as Krait implements it (cpp-runtime/include/krait/time_module.h): the clocks,
sleep, strftime of the current local time or of a struct_time, localtime, gmtime and mktime. A
struct_time is read through its tm_* attributes (indexing or unpacking it is not supported)."""


@cpp("krait::pytime::time")
def time() -> float: ...


@cpp("krait::pytime::time_ns")
def time_ns() -> int: ...


@cpp("krait::pytime::perf_counter")
def perf_counter() -> float: ...


@cpp("krait::pytime::perf_counter_ns")
def perf_counter_ns() -> int: ...


@cpp("krait::pytime::monotonic")
def monotonic() -> float: ...


@cpp("krait::pytime::monotonic_ns")
def monotonic_ns() -> int: ...


@cpp("krait::pytime::process_time")
def process_time() -> float: ...


@cpp("krait::pytime::process_time_ns")
def process_time_ns() -> int: ...


@cpp("krait::pytime::sleep")
def sleep(secs: float) -> None: ...


@cpp("krait::pytime::strftime")
def strftime(format: str) -> str: ...
@cpp("krait::pytime::strftime")
def strftime(format: str, t: struct_time) -> str: ...


@cpp("krait::pytime::localtime_now")
def localtime() -> struct_time: ...
@cpp("krait::pytime::localtime")
def localtime(secs: float) -> struct_time: ...


@cpp("krait::pytime::gmtime_now")
def gmtime() -> struct_time: ...
@cpp("krait::pytime::gmtime")
def gmtime(secs: float) -> struct_time: ...


@cpp("krait::pytime::mktime")
def mktime(t: struct_time) -> float: ...


@cpp("krait::pytime::struct_time")
class struct_time:
    @property
    @cpp("tm_year")
    def tm_year(self) -> int: ...
    @property
    @cpp("tm_mon")
    def tm_mon(self) -> int: ...
    @property
    @cpp("tm_mday")
    def tm_mday(self) -> int: ...
    @property
    @cpp("tm_hour")
    def tm_hour(self) -> int: ...
    @property
    @cpp("tm_min")
    def tm_min(self) -> int: ...
    @property
    @cpp("tm_sec")
    def tm_sec(self) -> int: ...
    @property
    @cpp("tm_wday")
    def tm_wday(self) -> int: ...
    @property
    @cpp("tm_yday")
    def tm_yday(self) -> int: ...
    @property
    @cpp("tm_isdst")
    def tm_isdst(self) -> int: ...
    @property
    @cpp("tm_zone")
    def tm_zone(self) -> str: ...
    @property
    @cpp("tm_gmtoff")
    def tm_gmtoff(self) -> int: ...
