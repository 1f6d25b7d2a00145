# base64 and binascii: encoding binary data as text and back, hex dumps, CRC-32 checks, and the
# errors bad input gives.
import base64
import binascii

message = "Krait compiles Python \u2192 C++".encode("utf-8")
encoded = base64.b64encode(message)
print(encoded, len(message), len(encoded))
print(base64.b64decode(encoded).decode("utf-8"))
print(base64.urlsafe_b64encode(b"\xfb\xef\xff"), base64.b64encode(b"\xfb\xef\xff"), base64.b64encode(b"\xfb\xef\xff", b"._"))
print(base64.urlsafe_b64decode("--__"), base64.b64decode("aGVs bG8=\n"), base64.standard_b64decode(b"YWJj"))

# padding for every length of input
for n in range(7):
    data = bytes(range(65, 65 + n))
    enc = base64.b64encode(data)
    assert base64.b64decode(enc) == data
    print(n, data, enc, binascii.b2a_base64(data), binascii.b2a_base64(data, newline=False))

# a data: URI for a tiny binary payload
payload = bytes([0x89, 0x50, 0x4E, 0x47, 0x0D, 0x0A, 0x1A, 0x0A, 0, 0, 0, 13])
print("data:image/png;base64," + base64.b64encode(payload).decode("ascii"))

# base16 and hex
print(base64.b16encode(b"\x00\x7f\x80\xff"), base64.b16decode("007F80FF"), base64.b16decode(b"007f80ff", casefold=True))
print(binascii.hexlify(b"\x00\x7f\x80\xff"), binascii.hexlify(b"\x00\x7f\x80\xff", "-"), binascii.unhexlify(b"4b7261"))
print(binascii.b2a_hex(bytearray(b"ok")), binascii.a2b_hex("6f6b"))

# CRC-32, also computed incrementally over chunks
crc = 0
for chunk in [b"The quick ", b"brown fox ", b"jumps over the lazy dog"]:
    crc = binascii.crc32(chunk, crc)
print(crc, binascii.crc32(b"The quick brown fox jumps over the lazy dog"), f"{crc:08x}", binascii.crc32(b""))
records = [b"alpha", b"beta", b"gamma"]
table = {binascii.crc32(r): r for r in records}
for key in sorted(table):
    print(f"{key:>10} {table[key]!r}")

# bad input: binascii.Error is a ValueError
for text in ["abc", "a", "ab=c", "====", "YQ==YQ==", "Y===", "YQ@==", "caf\u00e9"]:
    try:
        print(repr(text), base64.b64decode(text))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
for text in ["YQ@=", "=YQ=", "YQ==YQ", "YQ=a=", "YWJj"]:
    try:
        print(repr(text), base64.b64decode(text, validate=True))
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
for text in ["abc", "zz", "0g"]:
    try:
        binascii.unhexlify(text)
    except ValueError as e:
        print(repr(text), type(e).__name__, e)
try:
    base64.b16decode("ab")
except ValueError as e:
    print(type(e).__name__, e)
base64.b64decode(b"QUJD=")
print(base64.b64decode("QQ"))
