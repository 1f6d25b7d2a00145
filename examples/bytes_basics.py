# bytes basics: literals, encode/decode (UTF-8), indexing gives ints, slicing, bytes(list), hex(), fromhex, a checksum.

data = b"Krait\x00\xff"
print(data, len(data), data[0], data[-1], data[1:4], list(data[:3]))
text = "na\u00efve caf\u00e9 \u2713"
encoded = text.encode("utf-8")
print(len(text), len(encoded), encoded)
print(encoded.decode("utf-8") == text, encoded.decode())
print(bytes([72, 105, 33]), bytes(3), b"ab" + b"cd", b"-" * 5)
print(b"hello world".upper(), b"a,b,c".split(b","), b"  pad ".strip(), b"x".join([b"1", b"2", b"3"]))
print(b"hello".find(b"l"), b"hello".count(b"l"), b"hello".replace(b"l", b"L"), b"he" in b"hello")
print(data.hex(), bytes.fromhex("4b 72 61 69 74"), b"\x01\x02".hex("-"))
print(b"abc" < b"abd", b"abc" == "abc".encode(), b"A"[0] == ord("A"), repr(b"'"), repr(b'"\n'))


def checksum(bs):
    total = 0
    for b in bs:
        total = (total * 31 + b) % 65521
    return total


def adler32(bs):
    a, b = 1, 0
    for byte in bs:
        a = (a + byte) % 65521
        b = (b + a) % 65521
    return (b << 16) | a


for s in ["", "a", "abc", "message digest", text]:
    bs = s.encode()
    print(f"{s!r:<18} {checksum(bs):>6} {adler32(bs):>10} {adler32(bs):08x}")
counts = [0] * 4
for b in "The quick brown fox".encode():
    counts[b >> 6] += 1
print("bytes by top two bits:", counts)
rot = bytes((b + 13 - 97) % 26 + 97 if 97 <= b <= 122 else b for b in b"hello, world")
print(rot, rot.decode().upper())
try:
    b"\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print("UnicodeDecodeError:", e.reason, e.start)

# unpacking bytes gives the byte values
x, y = b"xy"
first, *rest = bytearray(b"abc")
print(x, y, first, rest, [p + q for p, q in [b"ab", b"cd"]])
try:
    m, n = b"xyz"
except ValueError as e:
    print(e)
