# struct: packing values into bytes and unpacking them, byte orders and native alignment, a file
# header and fixed-size records, iter_unpack, and struct.error's messages.
import struct

for fmt in ["b", "h", "i", "q", "f", "d", "e", "?", "5s", "@bi", "=bi", "<bq", "@bq", "@ci", "!hH", "3x", "b0i", "@bhbibqbdbe?P"]:
    print(f"{fmt:>16} {struct.calcsize(fmt)}")

data = struct.pack("<hif", 1, -2, 3.5)
print(data, len(data), struct.unpack("<hif", data))
print(struct.pack(">I", 0xDEADBEEF).hex(), struct.pack("<I", 0xDEADBEEF).hex(), struct.pack("!h", -2).hex())
print(struct.pack("@bi", 1, 2), struct.pack("=bi", 1, 2), struct.pack("@b3x2si", 1, b"xyz", 9))
print(struct.pack("5s", b"ab"), struct.pack("2s", b"abcd"), struct.pack("3p", b"abcdef"), struct.unpack("3p", b"\x05ab"))
print(struct.unpack("<e", struct.pack("<e", 0.1)), struct.unpack("<f", struct.pack("<f", 0.1)), struct.pack("<e", 65504.0))
print(struct.pack("?", 5), struct.unpack("??", b"\x00\x02"), struct.pack("2c", b"o", b"k"), struct.unpack("2c", b"hi"))

# a little file header: magic, version, flags, record count, then fixed-size records
HEADER = "<4sHHI"
RECORD = "<iHd8s"
records = [(-7, 3, 2.5, b"north"), (12, 65535, -0.125, b"south"), (2000000000, 0, 1e100, b"east-west")]
blob = struct.pack(HEADER, b"KRT\x00", 2, 0b101, len(records))
for rec in records:
    blob += struct.pack(RECORD, *rec)
print(len(blob), struct.calcsize(HEADER) + len(records) * struct.calcsize(RECORD))
magic, version, flags, count = struct.unpack_from(HEADER, blob)
print(magic, version, bin(flags), count)
offset = struct.calcsize(HEADER)
for i in range(count):
    ident, weight, value, name = struct.unpack_from(RECORD, blob, offset + i * struct.calcsize(RECORD))
    print(i, ident, weight, value, name.rstrip(b"\x00").decode())

# an IPv4-style header, big-endian ("network order"), and a checksum over 16-bit words
header = struct.pack("!BBHHHBBH4s4s", 0x45, 0, 20, 54321, 0, 64, 6, 0, bytes([192, 168, 0, 1]), bytes([10, 0, 0, 7]))
total = 0
for (word,) in struct.iter_unpack("!H", header):
    total += word
while total > 0xFFFF:
    total = (total & 0xFFFF) + (total >> 16)
print(header.hex(" "), hex(~total & 0xFFFF))
vihl, tos, length, ident, frag, ttl, proto, csum, src, dst = struct.unpack("!BBHHHBBH4s4s", header)
print(vihl >> 4, vihl & 15, length, ttl, proto, ".".join(str(b) for b in src), ".".join(str(b) for b in dst))
points = struct.pack("<6h", 1, 2, -3, 4, 5, -6)
print([p for p in struct.iter_unpack("<hh", points)])

# struct.error (and OverflowError) for values a format cannot hold
for fmt, value in [("b", 200), ("B", -1), ("<h", 40000), (">H", -1), ("i", 2 ** 31), ("<l", 2 ** 31), ("Q", -1), (">Q", -1), ("<I", 2 ** 32)]:
    try:
        struct.pack(fmt, value)
    except Exception as e:
        print(f"{fmt!r:>6} {value:>11}: {type(e).__name__}: {e}")
for fmt, fvalue in [("<e", 70000.0), ("<f", 1e300), ("e", float("inf"))]:
    try:
        print(fmt, struct.pack(fmt, fvalue))
    except OverflowError as e:
        print(fmt, "OverflowError:", e)
try:
    struct.pack("i", 1.5)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.pack("ii", 1)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.pack("4s", "text")
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack("<ii", b"1234")
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.unpack_from("<ii", b"1234", 2)
except Exception as e:
    print(type(e).__name__, e)
try:
    struct.iter_unpack("<ii", b"123456789")
except Exception as e:
    print(type(e).__name__, e)
for bad in ["<z", "3"]:
    try:
        struct.calcsize(bad)
    except Exception as e:
        print(repr(bad), type(e).__name__, e)
