# io.BytesIO: an in-memory binary stream (write, getvalue, read, readline, seek/tell, truncate, iteration).
import io
b = io.BytesIO(b"hello\nworld")
print(b.read(3), b.tell(), b.seek(0, 2), b.write(b"!"), b.getvalue(), b.seek(20), b.write(b"x"), b.getvalue())
print(b.seek(-3, 1), b.seek(-100, 1), b.readline(), b.readlines(), b.read())
try:
    b.seek(-1)
except ValueError as e:
    print(e)
try:
    b.seek(0, 3)
except ValueError as e:
    print(e)
b.close()
try:
    b.getvalue()
except ValueError as e:
    print(e)
print(io.BytesIO().getvalue(), b.closed)
out = io.BytesIO()
for i in range(3):
    out.write(i.to_bytes(2, "big"))
    out.write(bytearray(b"|"))
print(out.getvalue(), out.tell(), out.truncate(4), out.getvalue())
with io.BytesIO(b"a\nb\nc") as src:
    for line in src:
        print(line)


def hexdump(data, width=8):
    stream = io.BytesIO(data)
    offset = 0
    while True:
        chunk = stream.read(width)
        if not chunk:
            break
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        print(f"{offset:04x}  {chunk.hex(' '):<{width * 3}} {text}")
        offset += len(chunk)


hexdump("Krait \u2192 native\x00\x01 code".encode())
