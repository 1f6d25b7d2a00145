# Library modules' exception classes named in except clauses, and an uncaught one at the end.
import base64
import binascii
import csv
import re
import statistics
import struct
from struct import error as StructError


def try_patterns(patterns):
    for p in patterns:
        try:
            re.compile(p)
            print("ok", p)
        except re.error as e:
            print("re.error:", e)


try_patterns(["a+b", "(a", "a)", "[abc", "x{2,1}", "\\"])

for data in [b"abcd", b"ab", b"\x01\x02\x03"]:
    try:
        print(struct.unpack("<i", data))
    except struct.error as e:
        print("struct.error:", e)

try:
    struct.pack("b", 300)
except StructError as e:
    print("struct.error via alias:", e)

for text in [b"aGVsbG8=", b"abc", b"a"]:
    try:
        print(base64.b64decode(text))
    except binascii.Error as e:
        print("binascii.Error:", e)

for h in [b"abcd", b"abc", b"zz"]:
    try:
        print(binascii.unhexlify(h))
    except binascii.Error as e:
        print("binascii.Error:", e, isinstance(e, ValueError))

for data in [[1.0, 2.0], []]:
    try:
        print(statistics.fmean(data))
    except statistics.StatisticsError as e:
        print("StatisticsError:", e)

try:
    print(list(csv.reader(['a,"b'], strict=True)))
except csv.Error as e:
    print("csv.Error:", e)

# A ValueError handler still catches the ValueError-based ones.
try:
    binascii.unhexlify(b"q")
except ValueError as e:
    print("ValueError handler:", e)

re.compile("a(b")
