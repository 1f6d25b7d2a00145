"""The time module as Krait implements it (cpp-runtime/include/krait/time_module.h): the clocks,
sleep and strftime of the current local time. struct_time (localtime, gmtime) is not supported."""


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
