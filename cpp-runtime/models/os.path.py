"""The os.path module as Krait implements it (cpp-runtime/include/krait/os_module.h): posixpath's
string functions step by step, and the file tests. `import os.path`, `os.path.join` and
`from os import path` all reach it."""


@cpp("krait::ospath::join")
def join(a: str, *p: str) -> str: ...


@cpp("krait::ospath::basename")
def basename(p: str) -> str: ...


@cpp("krait::ospath::dirname")
def dirname(p: str) -> str: ...


@cpp("krait::ospath::split")
def split(p: str) -> tuple[str, str]: ...


@cpp("krait::ospath::splitext")
def splitext(p: str) -> tuple[str, str]: ...


@cpp("krait::ospath::normpath")
def normpath(path: str) -> str: ...


@cpp("krait::ospath::abspath")
def abspath(path: str) -> str: ...


@cpp("krait::ospath::isabs")
def isabs(s: str) -> bool: ...


@cpp("krait::ospath::exists")
def exists(path: str) -> bool: ...


@cpp("krait::ospath::isfile")
def isfile(path: str) -> bool: ...


@cpp("krait::ospath::isdir")
def isdir(path: str) -> bool: ...


@cpp("krait::ospath::getsize")
def getsize(filename: str) -> int: ...
