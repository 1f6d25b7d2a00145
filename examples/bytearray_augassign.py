# c[i] op= v on a bytearray: its items are ints
c = bytearray(b"abc")
c[1] ^= 0x20
c[0] += 1
c[-1] <<= 1
print(c)
counts = bytearray(4)
for b in b"\x01\x03\x01\x00":
    counts[b] += 1
counts[2] |= 0x80
print(list(counts))
try:
    counts[0] *= 300
except ValueError as e:
    print("ValueError:", e)
