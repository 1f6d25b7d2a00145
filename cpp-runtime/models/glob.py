"""The glob module as Krait implements it (cpp-runtime/include/krait/glob_module.h): paths matching
a shell-style pattern, in directory order; names starting with '.' only match a pattern that
starts with '.'. recursive=True ('**') and root_dir are not supported."""


@cpp("krait::glob::glob")
def glob(pathname: str) -> list[str]: ...


@cpp("krait::glob::has_magic")
def has_magic(s: str) -> bool: ...
