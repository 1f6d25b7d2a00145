# bytearray and the methods of bytes: building, mutating, searching, codecs and their errors, int.to_bytes/from_bytes.
ba = bytearray()
for i in range(5):
    ba.append(i * 50)
ba.extend(b"xyz")
ba.extend(bytearray(b"!!"))
print(ba, len(ba), ba[2], ba[-1], ba[1:3], ba[::2])
ba[0] = 255
ba.reverse()
print(ba, ba.pop(), ba.pop(0), ba)
print(bytes(ba), bytearray(3), bytearray("héllo", "utf-8"), bytearray([1, 2, 3]))
print(b"abc" + bytearray(b"d"), bytearray(b"ab") + b"cd", bytearray(b"ab") * 2, 3 * b"x")
print(b"a b  c\n".split(), b"a,b,,c".split(b",", 1), b"xxhixx".strip(b"x"), b"  l ".lstrip(), b" r  ".rstrip())
print(b"hello".startswith(b"he"), b"hello".endswith(b"lo"), b"hello".find(108), b"hello".rfind(b"l"), b"hello".index(b"e"))
print(b"banana".count(b"an"), b"banana".count(97), b"banana".replace(b"a", b"o", 2), b"MiXeD".lower(), b"MiXeD".upper())
print(b"123".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"ABC".isupper(), b"abc".islower())
print(b"\x00\x01\xfe".hex(), bytes.fromhex("00ff10").hex(":"), bytearray.fromhex("de ad"))
print(b"a" < b"b", b"ab" < b"a", b"abc" >= b"abc", b"x" == bytearray(b"x"), b"x" != b"y")
print(97 in b"abc", 120 in b"abc", b"bc" in b"abcd", b"" in b"a")
keys = {b"one": 1, b"two": 2}
keys[b"three"] = 3
print(sorted(keys), keys[b"two"], hash(b"abc") == hash(b"ab" + b"c"))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-2).to_bytes(2, "big", signed=True))
print(int.from_bytes(b"\xff\xfe", "big", signed=True), int.from_bytes(b"\x00\x04", "little"), int.from_bytes(bytearray(b"\x01"), "big"))
print("é€".encode("latin-1", "replace"), "é".encode("latin-1"), b"caf\xe9".decode("latin-1"), b"abc".decode("ascii"))
print(b"\xff\xfeabc".decode("utf-8", "replace"), b"\xffabc".decode("utf-8", "ignore"), "a€b".encode("ascii", "ignore"))
print(str(b"x"), repr(bytearray(b"'\"")), f"{b'ab'}", [b"a", b"b"], (b"x", 1))
for name, b in [("empty", b""), ("one", b"\x01")]:
    print(name, len(b), bool(b), list(b))
print(bytes(range(65, 70)), bytes(x * 2 for x in range(3)), list(bytearray(b"hi")))
print(max(b"hello"), min(b"hello"), sum(b"\x01\x02"), sorted(b"cab"), b"abc"[::-1])
for msg in ["abc\xe9", "a\xe9\u20acb", "\U0001f600"]:
    try:
        msg.encode("ascii")
    except UnicodeEncodeError as e:
        print("UnicodeEncodeError:", e, e.start, e.end, e.reason, e.encoding)
for raw in [b"\xe2\x82x", b"ab\xe2\x82", b"\xed\xa0\x80", b"\xf0\x9f\x98"]:
    try:
        raw.decode()
    except UnicodeDecodeError as e:
        print(e, e.start, e.end, e.object)
def attempt(f):
    try:
        f()
    except (ValueError, IndexError, OverflowError, LookupError) as e:
        print(type(e).__name__ + ":", e)
attempt(lambda: bytes([256]))
attempt(lambda: bytes(-1))
attempt(lambda: bytearray().pop())
attempt(lambda: b"abc"[3])
attempt(lambda: bytearray(b"a")[5])
attempt(lambda: b"abc".index(b"z"))
attempt(lambda: bytes.fromhex("abz"))
attempt(lambda: (256).to_bytes(1, "big"))
attempt(lambda: (-1).to_bytes(1, "big"))
attempt(lambda: (1).to_bytes(1, "middle"))
attempt(lambda: "x".encode("klingon"))
attempt(lambda: b"\x80".decode("ascii"))
attempt(lambda: b"a b".split(b""))
parts = bytearray(b"k=v; a=b").split(b"; ")
print(parts, bytearray(b"-").join(parts), bytearray(b"..x..").lstrip(b"."), bytearray(b"..x..").rstrip(b"."))


# in-place += and *= on a bytearray (other names see the change), str(b, encoding), ord(b), join of a generator
ba = bytearray(b"ab")
alias = ba
ba += b"cd"
ba *= 2
print(alias, ba is alias, str(b"caf\xc3\xa9", "utf-8"), str(bytearray(b"x"), "ascii"), ord(b"A"), ord(bytearray(b"z")))
print(b"-".join(bytes([c]) for c in b"abc"), b"+".join([bytearray(b"x"), bytearray(b"y")]))


class Buf:
    def __init__(self):
        self.data = bytearray()

    def add(self, b):
        self.data += b
        return self


buf = Buf()
keep = buf.data
buf.add(b"12").add(b"34")
print(keep, buf.data)
for i, b in enumerate(b"hi"):
    print(i, b)
s = b"x"
s += b"y"
print(s, s * 0, bytearray(b"q") * 3)
try:
    ord(b"ab")
except TypeError as e:
    print(e)
