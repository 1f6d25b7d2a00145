"""The fnmatch module as Krait implements it (cpp-runtime/include/krait/glob_module.h): shell-style
patterns ('*', '?', '[seq]', '[!seq]'), case-sensitive as on POSIX."""


@cpp("krait::fnmatch::fnmatch")
def fnmatch(name: str, pat: str) -> bool: ...


@cpp("krait::fnmatch::fnmatch")
def fnmatchcase(name: str, pat: str) -> bool: ...


@cpp("krait::fnmatch::filter")
def filter(names: list[str], pat: str) -> list[str]: ...
