"""The textwrap module as Krait implements it (cpp-runtime/include/krait/textwrap_module.h):
wrap, fill and shorten with TextWrapper's keyword options, dedent and indent (without predicate).
The TextWrapper class itself is not supported."""


@cpp("krait::textwrap::wrap")
def wrap(text: str, width: int = 70, *, initial_indent: str | None = None, subsequent_indent: str | None = None,
         break_long_words: bool = True, break_on_hyphens: bool = True, drop_whitespace: bool = True,
         expand_tabs: bool = True, replace_whitespace: bool = True, tabsize: int = 8,
         max_lines: int | None = None, placeholder: str | None = None) -> list[str]: ...


@cpp("krait::textwrap::fill")
def fill(text: str, width: int = 70, *, initial_indent: str | None = None, subsequent_indent: str | None = None,
         break_long_words: bool = True, break_on_hyphens: bool = True, drop_whitespace: bool = True,
         expand_tabs: bool = True, replace_whitespace: bool = True, tabsize: int = 8,
         max_lines: int | None = None, placeholder: str | None = None) -> str: ...


@cpp("krait::textwrap::shorten")
def shorten(text: str, width: int, *, initial_indent: str | None = None, subsequent_indent: str | None = None,
            break_long_words: bool = True, break_on_hyphens: bool = True, drop_whitespace: bool = True,
            expand_tabs: bool = True, replace_whitespace: bool = True, tabsize: int = 8,
            placeholder: str | None = None) -> str: ...


@cpp("krait::textwrap::dedent")
def dedent(text: str) -> str: ...


@cpp("krait::textwrap::indent")
def indent(text: str, prefix: str) -> str: ...
