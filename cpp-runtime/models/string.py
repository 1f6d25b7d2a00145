"""The string module as Krait implements it (cpp-runtime/include/krait/string_module.h): the
constants, capwords and Template (substitute and safe_substitute with a dict or keyword
arguments; not both at once, and no subclassing). Formatter is not supported."""

from typing import TypeVar

T = TypeVar("T")

ascii_letters: str = cpp("krait::stringmod::ascii_letters()")
ascii_lowercase: str = cpp("krait::stringmod::ascii_lowercase()")
ascii_uppercase: str = cpp("krait::stringmod::ascii_uppercase()")
digits: str = cpp("krait::stringmod::digits()")
hexdigits: str = cpp("krait::stringmod::hexdigits()")
octdigits: str = cpp("krait::stringmod::octdigits()")
punctuation: str = cpp("krait::stringmod::punctuation()")
whitespace: str = cpp("krait::stringmod::whitespace()")
printable: str = cpp("krait::stringmod::printable()")


@cpp("krait::stringmod::capwords")
def capwords(s: str, sep: str | None = None) -> str: ...


@cpp("krait::stringmod::Template")
class Template:
    @cpp("make")
    def __init__(self, template: str) -> None: ...

    @property
    @cpp("get_template")
    def template(self) -> str: ...

    @cpp("substitute")
    def substitute(self, mapping: dict[str, T]) -> str: ...
    @cpp("krait::stringmod::template_substitute_kw")
    def substitute(self, **kws: object) -> str: ...
    @cpp("safe_substitute")
    def safe_substitute(self, mapping: dict[str, T]) -> str: ...
    @cpp("krait::stringmod::template_safe_substitute_kw")
    def safe_substitute(self, **kws: object) -> str: ...
