"""sys.stdin as Krait implements it (cpp-runtime/include/krait/sys_module.h), sharing input()'s
buffer. sys.stdin is a module of functions here: `for line in sys.stdin` is not supported (use
sys.stdin.readlines())."""


@cpp("krait::sys::stdin_readline")
def readline() -> str: ...


@cpp("krait::sys::stdin_read")
def read() -> str: ...


@cpp("krait::sys::stdin_readlines")
def readlines() -> list[str]: ...
