# struct.unpack with a format computed at run time: the tuple's types must be known at compile time.
import struct

layout = "<" + "i" * 2
data = struct.pack(layout, 1, 2)
print(struct.unpack(layout, data))  # error: unpack\(\) needs 'fmt' written as a string literal
