"""The csv module as Krait implements it (cpp-runtime/include/krait/csv_module.h): reader over an
iterable of lines (a file, io.StringIO, a list of str) and writer to a file, io.StringIO,
sys.stdout or sys.stderr, with the excel dialect's defaults and its format parameters as
keywords, and DictReader and DictWriter (fieldnames, restval, extrasaction; DictReader's
restkey is not supported: a longer record raises). Dialect objects, the dialect= argument, Sniffer and
reading with QUOTE_NONNUMERIC are not supported."""
from typing import Generic, Iterable, Iterator, TypeVar

T = TypeVar("T")
R = TypeVar("R")
E = TypeVar("E")


@cpp("krait::csv::Error")
class Error(Exception): ...


QUOTE_MINIMAL: int = cpp("krait::csv::QUOTE_MINIMAL")
QUOTE_ALL: int = cpp("krait::csv::QUOTE_ALL")
QUOTE_NONNUMERIC: int = cpp("krait::csv::QUOTE_NONNUMERIC")
QUOTE_NONE: int = cpp("krait::csv::QUOTE_NONE")


@cpp("krait::csv::reader")
class reader(Generic[E]):
    @cpp("make")
    def __init__(self, csvfile: Iterable[str], *, delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0,
                 strict: bool = False) -> reader[list[str]]: ...
    @cpp("begin")
    def __iter__(self) -> Iterator[E]: ...

    @property
    @cpp("line_num")
    def line_num(self) -> int: ...


@cpp("krait::csv::writer")
class writer:
    @cpp("make")
    def __init__(self, csvfile: io.TextIOWrapper, *, delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make")
    def __init__(self, csvfile: io.StringIO, *, delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_stdout")
    def __init__(self, csvfile: sys.stdout, *, delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_stderr")
    def __init__(self, csvfile: sys.stderr, *, delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...

    @cpp("writerow")
    def writerow(self, row: Iterable[T]) -> int: ...
    @cpp("writerow")
    def writerow(self, row: object) -> int: ...
    @cpp("writerows")
    def writerows(self, rows: Iterable[R]) -> None: ...


@cpp("krait::csv::DictReader")
class DictReader(Generic[E]):
    @cpp("make")
    def __init__(self, f: Iterable[str], fieldnames: list[str] | None = None, restval: str | None = None, *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> DictReader[dict[str, str]]: ...
    @cpp("begin")
    def __iter__(self) -> Iterator[E]: ...

    @property
    @cpp("fieldnames")
    def fieldnames(self) -> list[str]: ...
    @property
    @cpp("line_num")
    def line_num(self) -> int: ...


@cpp("krait::csv::DictWriter")
class DictWriter:
    @cpp("make")
    def __init__(self, f: io.TextIOWrapper, fieldnames: list[str], restval: str = "", extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make")
    def __init__(self, f: io.StringIO, fieldnames: list[str], restval: str = "", extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_stdout")
    def __init__(self, f: sys.stdout, fieldnames: list[str], restval: str = "", extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_stderr")
    def __init__(self, f: sys.stderr, fieldnames: list[str], restval: str = "", extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...

    @cpp("make_num")
    def __init__(self, f: io.TextIOWrapper, fieldnames: list[str], restval: int, extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_num")
    def __init__(self, f: io.StringIO, fieldnames: list[str], restval: int, extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_num_stdout")
    def __init__(self, f: sys.stdout, fieldnames: list[str], restval: int, extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("make_num_stderr")
    def __init__(self, f: sys.stderr, fieldnames: list[str], restval: int, extrasaction: str = "raise", *,
                 delimiter: str | None = None, quotechar: str | None = None,
                 escapechar: str | None = None, doublequote: bool = True, skipinitialspace: bool = False,
                 lineterminator: str | None = None, quoting: int = 0, strict: bool = False) -> None: ...
    @cpp("writeheader")
    def writeheader(self) -> int: ...
    @cpp("writerow")
    def writerow(self, rowdict: dict[str, T]) -> int: ...
    @cpp("writerows")
    def writerows(self, rowdicts: Iterable[R]) -> None: ...
