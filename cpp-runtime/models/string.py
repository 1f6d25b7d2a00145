"""The string module as Krait implements it (cpp-runtime/include/krait/string_module.h): the
constants and capwords. Template and Formatter are not supported."""

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
