"""The getopt module as Krait implements it (cpp-runtime/include/krait/getopt_module.h): getopt
and gnu_getopt over a list of str. Errors raise getopt.GetoptError (alias getopt.error) with
CPython's messages; its .msg and .opt attributes are not modelled: use str(e)."""


@cpp("krait::getopt::GetoptError")
class GetoptError(Exception): ...

error = GetoptError


@cpp("krait::getopt::getopt")
def getopt(args: list[str], shortopts: str) -> tuple[list[tuple[str, str]], list[str]]: ...
@cpp("krait::getopt::getopt")
def getopt(args: list[str], shortopts: str, longopts: list[str]) -> tuple[list[tuple[str, str]], list[str]]: ...
@cpp("krait::getopt::getopt_str")
def getopt(args: list[str], shortopts: str, longopts: str) -> tuple[list[tuple[str, str]], list[str]]: ...


@cpp("krait::getopt::gnu_getopt")
def gnu_getopt(args: list[str], shortopts: str) -> tuple[list[tuple[str, str]], list[str]]: ...
@cpp("krait::getopt::gnu_getopt")
def gnu_getopt(args: list[str], shortopts: str, longopts: list[str]) -> tuple[list[tuple[str, str]], list[str]]: ...
@cpp("krait::getopt::gnu_getopt_str")
def gnu_getopt(args: list[str], shortopts: str, longopts: str) -> tuple[list[tuple[str, str]], list[str]]: ...
