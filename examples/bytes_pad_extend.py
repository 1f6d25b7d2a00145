# bytes((a, b)) of a fixed tuple, bytearray.extend of any iterable of ints, and bytes/bytearray ljust/rjust/center
print(bytes((65, 66)), bytearray((1, 2, 3)))
t = (7, 300)
try:
    print(bytes(t))
except ValueError as e:
    print("ValueError:", e)
ba = bytearray(b"x")
ba.extend([1, 2])
ba.extend(b"yz")
ba.extend(bytearray(b"!"))
ba.extend(x * 2 for x in range(3))
ba.extend(range(65, 68))
print(ba)
try:
    ba.extend([1, 256])
except ValueError as e:
    print("ValueError:", e)
for w in range(0, 8):
    print(b"ab".ljust(w), b"ab".rjust(w, b"*"), b"abc".center(w, b"-"), bytearray(b"q").center(w), b"ab".center(w))
for fill in [b"xy", b""]:
    try:
        b"ab".ljust(5, fill)
    except TypeError as e:
        print("TypeError:", e)
    try:
        bytearray(b"ab").center(5, fill)
    except TypeError as e:
        print("TypeError:", e)
print(b"".center(3, b"0"), bytearray(b"ab").rjust(4, bytearray(b"0")))
fill = bytearray(b"")
try:
    b"ab".ljust(5, fill)
except TypeError as e:
    print("TypeError:", e)
