# A struct format with a code CPython's struct module rejects (struct.error at run time).
import struct

print(struct.unpack("<iz", b"\x00" * 5))  # error: bad struct format '<iz': bad char in struct format
