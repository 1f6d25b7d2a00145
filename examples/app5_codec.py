"""Byte codecs written by hand: run-length encoding, base64, hex dump, CRC-32, checksum framing."""
import struct

B64 = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
B64_INDEX = {c: i for i, c in enumerate(B64)}


def rle_encode(data: bytes) -> bytes:
    out = bytearray()
    i = 0
    while i < len(data):
        run = 1
        while i + run < len(data) and data[i + run] == data[i] and run < 255:
            run += 1
        out += bytes((run, data[i]))
        i += run
    return bytes(out)


def rle_decode(data: bytes) -> bytes:
    if len(data) % 2:
        raise ValueError("truncated RLE stream")
    out = bytearray()
    for count, value in zip(data[::2], data[1::2]):
        out.extend([value] * count)
    return bytes(out)


def b64_encode(data: bytes) -> str:
    chars = []
    for i in range(0, len(data), 3):
        chunk = data[i:i + 3]
        n = int.from_bytes(chunk.ljust(3, b"\0"), "big")
        quad = [B64[(n >> shift) & 0x3F] for shift in (18, 12, 6, 0)]
        if len(chunk) < 3:
            quad[len(chunk) + 1:] = "=" * (3 - len(chunk))
        chars.extend(quad)
    return "".join(chars)


def b64_decode(text: str) -> bytes:
    text = text.strip()
    if len(text) % 4:
        raise ValueError(f"invalid length {len(text)}")
    out = bytearray()
    for i in range(0, len(text), 4):
        quad = text[i:i + 4]
        pad = quad.count("=")
        n = 0
        for c in quad.rstrip("="):
            if c not in B64_INDEX:
                raise ValueError(f"bad character {c!r} at {i}")
            n = (n << 6) | B64_INDEX[c]
        n <<= 6 * pad
        out += n.to_bytes(3, "big")[:3 - pad]
    return bytes(out)


def crc32(data: bytes) -> int:
    crc = 0xFFFFFFFF
    for byte in data:
        crc ^= byte
        for _ in range(8):
            if crc & 1:
                crc = (crc >> 1) ^ 0xEDB88320
            else:
                crc >>= 1
    return crc ^ 0xFFFFFFFF


def hexdump(data: bytes, width: int = 16) -> list[str]:
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexes:<{width * 3 - 1}}  |{text}|")
    return lines


def frame(payload: bytes, kind: int) -> bytes:
    header = struct.pack(">HBI", 0xCAFE, kind, len(payload))
    return header + payload + struct.pack(">I", crc32(payload))


def unframe(blob: bytes) -> tuple[int, bytes]:
    magic, kind, length = struct.unpack(">HBI", blob[:7])
    if magic != 0xCAFE:
        raise ValueError(f"bad magic 0x{magic:04X}")
    payload = blob[7:7 + length]
    (crc,) = struct.unpack(">I", blob[7 + length:11 + length])
    if crc != crc32(payload):
        raise ValueError(f"checksum mismatch: {crc:#010x} != {crc32(payload):#010x}")
    return kind, payload


samples = [
    b"",
    b"f",
    b"fo",
    b"foo",
    b"foobar",
    b"Hello, World!",
    b"\x00\x00\x00\x00\xff\xff\xfe",
    b"AAAAAAAAAABBBCCCCCCCCCCCCD" * 2,
    bytes(range(0, 256, 17)),
]

print(f"{'input':<34} {'base64':<40} {'rle':>4} crc32")
for s in samples:
    enc = b64_encode(s)
    assert b64_decode(enc) == s
    rle = rle_encode(s)
    assert rle_decode(rle) == s
    shown = repr(s) if len(repr(s)) <= 32 else repr(s)[:29] + "..."
    print(f"{shown:<34} {enc[:38] + ('..' if len(enc) > 38 else ''):<40} {len(rle):>4} {crc32(s):08x}")

long_run = b"z" * 600
encoded = rle_encode(long_run)
print("600 z's ->", len(encoded), "bytes:", list(encoded))

print()
for line in hexdump(b"The quick brown fox\tjumps over\x00 the lazy dog.\n" * 2):
    print(line)

print()
blob = frame(b"payload #1: temperature=21.5C", 3)
print("frame:", blob.hex())
print("unframe:", unframe(blob))
corrupt = bytearray(blob)
corrupt[10] ^= 0x20
for bad in [bytes(corrupt), b"\xbe\xef" + blob[2:]]:
    try:
        unframe(bad)
    except ValueError as e:
        print("error:", e)

for bad_text in ["abc", "ab!d", "QUJD"]:
    try:
        print(bad_text, "->", b64_decode(bad_text))
    except ValueError as e:
        print(bad_text, "->", "error:", e)

try:
    rle_decode(b"\x03")
except ValueError as e:
    print("rle error:", e)

records = [(1, 2.5, b"ab"), (2, -1.25, b"xyz"), (65535, 1e10, b"")]
packed = b"".join(struct.pack("<Hd", n, x) + bytes([len(t)]) + t for n, x, t in records)
print("packed", len(packed), "bytes, crc", hex(crc32(packed)))
pos = 0
while pos < len(packed):
    n, x = struct.unpack_from("<Hd", packed, pos)
    pos += struct.calcsize("<Hd")
    ln = packed[pos]
    text = packed[pos + 1:pos + 1 + ln]
    pos += 1 + ln
    print(f"  n={n:5d} x={x:>12g} text={text.decode()!r}")
