# %-formatting and numeric built-ins: %d %s %r %f %e %x %o %c %%, ord chr hex oct bin repr hash divmod round pow abs.

print("%d items at %s each" % (3, "cheap"))
print("%5d|%-5d|%05d|%+d" % (42, 42, 42, 42))
print("%.3f|%10.2f|%-10.1f|%e|%g" % (3.14159, 2.71828, 1.5, 12345.678, 0.0001))
print("%x %X %o %#x %#o %c%c" % (255, 255, 8, 255, 8, 75, 114))
print("%s and %r" % ("text", "text"), "100%% sure", "%s" % [1, 2], "%s" % ((1, 2),))
print("%(name)s lives in %(city)s" % {"name": "Ada", "city": "London"})
for ch in "Kr!":
    print(ch, ord(ch), hex(ord(ch)), oct(ord(ch)), bin(ord(ch)))
print(chr(65), chr(97 + 25), chr(0x263A), "".join(chr(c) for c in range(48, 58)))
print(hex(-255), oct(64), bin(10), bin(-5), int("ff", 16), int("0b101", 0), int("777", 8))
print(repr("it's"), repr('say "hi"'), repr("tab\there"), repr("new\nline"), repr(1.0), repr(1e16), repr(0.1))
print(hash(42) == 42, hash(-1), hash(0), hash(True), hash("abc") == hash("ab" + "c"))
print(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(7.5, 2))
print(round(3.14159, 2), round(2.5), round(3.5), round(-2.5), round(1234, -2), round(0.5), round(1.25, 1))
print(pow(2, 10), pow(2, -1), pow(3, 4, 5), 2 ** 62, (-2) ** 3, pow(2.0, 0.5))
# int ** int: Krait types it float when the exponent is written as a negative literal (2 ** -1),
# int otherwise; a negative exponent that is not a literal raises an exception at run time.
print(2 ** -2, (-2) ** -3, 10 ** -1, pow(-4, -1), pow(3, -1, 7), pow(-3, -2, 11), pow(7, -1, -5))
print(abs(-3), abs(3.5), abs(-0.0), abs(-2 ** 62))
print("%6.2f%%" % (12.3456,), "%-8s|" % "ab", "%8s|" % "ab", "%.2s" % "abcdef")
rows = [("alpha", 1, 0.5), ("beta", 22, 12.25), ("gamma", 333, 100.0)]
for name, n, x in rows:
    print("%-8s %4d %8.3f %s" % (name, n, x, "#" * n if n < 10 else "many"))
print("%d%%" % 50, "%s" % None, "%s" % True, "%d" % True, "%.1f" % 2, "%i" % 7)
