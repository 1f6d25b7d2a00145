"""The sys module as Krait implements it (cpp-runtime/include/krait/main.h)."""

argv: list[str] = cpp("krait::sys_argv()")
maxsize: int = cpp("INT64_MAX")
# a text file (io.TextIOWrapper) on the C stream input() reads: readline, read, iteration...
stdin: io.TextIOWrapper = cpp("krait::io::TextIOWrapper::stdin_stream()")


@cpp("krait::sys_exit")
def exit() -> None: ...
@cpp("krait::sys_exit")
def exit(code: int) -> None: ...
@cpp("krait::sys_exit")
def exit(message: str) -> None: ...


@cpp("krait::setrecursionlimit")
def setrecursionlimit(limit: int) -> None: ...
@cpp("krait::getrecursionlimit")
def getrecursionlimit() -> int: ...
