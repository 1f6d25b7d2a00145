# Binary files: open() with "wb"/"rb"/"ab"/"r+b", read()/read(n)/readline()/iteration, seek/tell,
# a small record format built with int.to_bytes and read back with int.from_bytes.
import os

path = "/tmp/krait_example_binary_files.bin"
with open(path, "wb") as f:
    print(f, f.mode, f.name == path, f.writable(), f.readable())
    print(f.write(b"line one\n"), f.write(bytes(range(250, 256))), f.write(b"\nlast"))
with open(path, "rb") as f:
    data = f.read()
print(len(data), data)
with open(path, "ab") as f:
    f.write(bytearray(b"!"))
with open(path, "rb") as f:
    print(f.read(4), f.read(5), f.tell(), f.seek(-5, 2), f.read(), f.read(3))
    f.seek(0)
    print(f.readline(), f.readlines())
f = open(path, "rb")
for line in f:
    print(line, len(line))
f.close()
print(f.closed)
with open(path, "r+b") as f:
    print(f)
    f.seek(5)
    f.write(b"ONE")
    f.seek(0)
    print(f.read(12))

# fixed-size records: a 2-byte id (big-endian), a signed 4-byte delta (little-endian), a name padded to 8 bytes
records = [(1, -5, "alpha"), (513, 70000, "beta"), (65535, -2147483648, "gamma")]
with open(path, "wb") as f:
    f.write(b"KRT1")
    f.write(len(records).to_bytes(2, "big"))
    for ident, delta, name in records:
        raw = name.encode("ascii")
        f.write(ident.to_bytes(2, "big") + delta.to_bytes(4, "little", signed=True) + raw + b"\x00" * (8 - len(raw)))
print(os.path.getsize(path))
with open(path, "rb") as f:
    magic = f.read(4)
    count = int.from_bytes(f.read(2), "big")
    print(magic, count)
    total = 0
    for i in range(count):
        rec = f.read(14)
        ident = int.from_bytes(rec[0:2], "big")
        delta = int.from_bytes(rec[2:6], "little", signed=True)
        name = rec[6:].rstrip(b"\x00").decode("ascii")
        total += delta
        print(f"{i}: id={ident:5d} delta={delta:>11} name={name!r} raw={rec.hex(' ')}")
    print("total", total, "rest", f.read())

# a byte histogram of a file
with open(path, "rb") as f:
    counts = [0] * 256
    for byte in f.read():
        counts[byte] += 1
print([(b, n) for b, n in enumerate(counts) if n > 1])
try:
    f.read()
except ValueError as e:
    print("ValueError:", e)
try:
    open("/tmp/krait_no_such_dir/x.bin", "rb")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
os.remove(path)
print(os.path.exists(path))
