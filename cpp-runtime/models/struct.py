"""The struct module as Krait implements it (cpp-runtime/include/krait/struct_module.h): pack,
unpack, unpack_from, iter_unpack and calcsize with the codes b B h H i I l L q Q n N P e f d ? s p
c x and the byte orders @ = < > !, CPython's sizes, alignment and struct.error messages. The
format of unpack, unpack_from and iter_unpack must be a string literal: the types of the tuple
they return come from it (`StructValues["fmt"]`). Errors raise struct.error."""
from typing import Iterator


@cpp("krait::struct_::Error")
class error(Exception): ...


@cpp("krait::struct_::calcsize")
def calcsize(fmt: str) -> int: ...


@cpp("krait::struct_::pack")
def pack(fmt: str, *values: object) -> bytes: ...


@cpp("krait::struct_::unpack<$result>")
def unpack(fmt: str, buffer: bytes) -> StructValues["fmt"]: ...
@cpp("krait::struct_::unpack<$result>")
def unpack(fmt: str, buffer: bytearray) -> StructValues["fmt"]: ...


@cpp("krait::struct_::unpack_from<$result>")
def unpack_from(fmt: str, buffer: bytes, offset: int = 0) -> StructValues["fmt"]: ...
@cpp("krait::struct_::unpack_from<$result>")
def unpack_from(fmt: str, buffer: bytearray, offset: int = 0) -> StructValues["fmt"]: ...


@cpp("krait::struct_::iter_unpack<$result>")
def iter_unpack(fmt: str, buffer: bytes) -> Iterator[StructValues["fmt"]]: ...
@cpp("krait::struct_::iter_unpack<$result>")
def iter_unpack(fmt: str, buffer: bytearray) -> Iterator[StructValues["fmt"]]: ...
