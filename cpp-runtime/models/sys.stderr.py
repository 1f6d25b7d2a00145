"""sys.stderr as Krait implements it (cpp-runtime/include/krait/sys_module.h): unbuffered.
sys.stderr is a module of functions here: it cannot be stored or passed as a value, except as
print(..., file=sys.stderr)."""


@cpp("krait::sys::stderr_write")
def write(s: str) -> int: ...


@cpp("krait::sys::stderr_flush")
def flush() -> None: ...
