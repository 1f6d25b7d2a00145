"""sys.stdout as Krait implements it (cpp-runtime/include/krait/print.h): print()'s buffer.
sys.stdout is a module of functions here: it cannot be stored or passed as a value, except as
print(..., file=sys.stdout)."""


@cpp("krait::stdout_write")
def write(s: str) -> int: ...


@cpp("krait::flush_stdout")
def flush() -> None: ...
