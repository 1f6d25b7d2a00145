"""The os module as Krait implements it (cpp-runtime/include/krait/os_module.h), POSIX only.
os.path is the module os.path (os.path.py). environ is a snapshot: changes are not exported."""

sep: str = cpp("krait::os::sep()")
linesep: str = cpp("krait::os::linesep()")
curdir: str = cpp("krait::str::from_ascii_char('.')")
pardir: str = cpp("krait::str::from_utf8(\"..\")")
name: str = cpp("krait::str::from_utf8(\"posix\")")
environ: dict[str, str] = cpp("krait::os::environ()")


@cpp("krait::os::getcwd")
def getcwd() -> str: ...


@cpp("krait::os::listdir")
def listdir(path: str | None = None) -> list[str]: ...


@cpp("krait::os::remove")
def remove(path: str) -> None: ...


@cpp("krait::os::remove")
def unlink(path: str) -> None: ...


@cpp("krait::os::mkdir")
def mkdir(path: str, mode: int = 511) -> None: ...


@cpp("krait::os::makedirs")
def makedirs(name: str, mode: int = 511, exist_ok: bool = False) -> None: ...


@cpp("krait::os::rmdir")
def rmdir(path: str) -> None: ...


@cpp("krait::os::rename")
def rename(src: str, dst: str) -> None: ...


@cpp("krait::os::getenv")
def getenv(key: str) -> str | None: ...
@cpp("krait::os::getenv")
def getenv(key: str, default: str) -> str: ...


@cpp("krait::os::getpid")
def getpid() -> int: ...
