"""A tiny binary file format: header + fixed-size records with struct, a checksum, and a reader."""
import struct
import os
import binascii
from dataclasses import dataclass

MAGIC = b"SENS"
VERSION = 2
HEADER = "<4sHHI"      # magic, version, record count, checksum
RECORD = "<IhHf8s"     # timestamp, temperature*100, humidity*10, pressure, station id


HEADER_SIZE = struct.calcsize(HEADER)
RECORD_SIZE = struct.calcsize(RECORD)


class FormatError(Exception):
    pass


@dataclass
class Reading:
    timestamp: int
    temperature: float
    humidity: float
    pressure: float
    station: str

    def pack(self):
        station = self.station.encode("ascii")
        if len(station) > 8:
            raise ValueError(f"station id too long: {self.station!r}")
        return struct.pack(RECORD, self.timestamp, round(self.temperature * 100),
                           round(self.humidity * 10), self.pressure, station)

    @classmethod
    def unpack(cls, raw):
        ts, temp, hum, pres, station = struct.unpack(RECORD, raw)
        return cls(ts, temp / 100, hum / 10, pres, station.rstrip(b"\0").decode("ascii"))


def write_file(path, readings):
    body = b"".join(r.pack() for r in readings)
    checksum = binascii.crc32(body)
    with open(path, "wb") as f:
        f.write(struct.pack(HEADER, MAGIC, VERSION, len(readings), checksum))
        f.write(body)
    return HEADER_SIZE + len(body)


def read_file(path):
    with open(path, "rb") as f:
        head = f.read(HEADER_SIZE)
        if len(head) < HEADER_SIZE:
            raise FormatError("file too short for a header")
        magic, version, count, checksum = struct.unpack(HEADER, head)
        if magic != MAGIC:
            raise FormatError(f"bad magic {magic!r}")
        if version != VERSION:
            raise FormatError(f"unsupported version {version}")
        body = f.read()
    if len(body) != count * RECORD_SIZE:
        raise FormatError(f"expected {count} records ({count * RECORD_SIZE} bytes), got {len(body)} bytes")
    if binascii.crc32(body) != checksum:
        raise FormatError("checksum mismatch")
    return [Reading.unpack(body[i:i + RECORD_SIZE]) for i in range(0, len(body), RECORD_SIZE)]


def hexdump(data, width=16):
    lines = []
    for off in range(0, len(data), width):
        chunk = data[off:off + width]
        hexes = " ".join(f"{b:02x}" for b in chunk)
        text = "".join(chr(b) if 32 <= b < 127 else "." for b in chunk)
        lines.append(f"{off:08x}  {hexes:<{width * 3}} |{text}|")
    return "\n".join(lines)


def main():
    readings = [
        Reading(1700000000, 21.37, 45.5, 1013.25, "north"),
        Reading(1700000600, -3.5, 80.0, 998.5, "peak"),
        Reading(1700001200, 35.02, 12.3, 1020.0, "desert01"),
        Reading(1700001800, 0.0, 100.0, 1000.125, "lake"),
    ]
    print("header size", HEADER_SIZE, "record size", RECORD_SIZE)
    d = os.path.join("/tmp", f"krait_records_{os.getpid()}")
    os.makedirs(d, exist_ok=True)
    path = os.path.join(d, "readings.bin")
    n = write_file(path, readings)
    print("wrote", n, "bytes; on disk:", os.path.getsize(path))
    with open(path, "rb") as f:
        data = f.read()
    print(hexdump(data[:48]))
    back = read_file(path)
    for r in back:
        print(f"{r.timestamp} {r.station:<9} {r.temperature:7.2f}C {r.humidity:5.1f}% {r.pressure:9.3f} hPa")
    print("round trip equal:", back == readings)
    print("pressure float32 loss:", [round(a.pressure - b.pressure, 9) for a, b in zip(readings, back)])

    try:
        Reading(0, 0.0, 0.0, 0.0, "verylongname").pack()
    except ValueError as e:
        print("error:", e)
    try:
        struct.pack(RECORD, 1, 70000, 1, 1.0, b"x")
    except struct.error as e:
        print("struct.error:", e)

    corruptions = {
        "truncated": data[:10],
        "bad magic": b"JUNK" + data[4:],
        "wrong version": data[:4] + struct.pack("<H", 9) + data[6:],
        "flipped bit": data[:-1] + bytes([data[-1] ^ 1]),
        "short body": data[:-4],
    }
    for name, blob in corruptions.items():
        p = os.path.join(d, name.replace(" ", "_") + ".bin")
        with open(p, "wb") as f:
            f.write(blob)
        try:
            read_file(p)
            print(f"{name}: read fine?!")
        except FormatError as e:
            print(f"{name}: {e}")
        os.remove(p)
    os.remove(path)
    os.rmdir(d)
    print("values:", struct.unpack(">hHi", struct.pack(">hHi", -2, 65535, -(2 ** 31))))
    print("calcsize:", struct.calcsize("<4sHHI"), struct.calcsize("@ibq"), struct.calcsize("=ibq"))


main()
