# A formatted report: str.format alignment and widths, %-formatting, f-string specs, float repr
# and rounding, divmod and floor division signs, escapes in repr and ascii.

records = [
    ("Widget", 4, 3.5, "tools"),
    ("Gadget", 12, 12.25, "electronics"),
    ("Doohickey", 1, 1999.999, "misc"),
    ("Thingamajig", 250, 0.1, "tools"),
]
print("{:<12}|{:>6}|{:>12}|{:^13}|".format("name", "qty", "price", "category"))
print("-" * 47)
for name, qty, price, cat in records:
    print("{:<12}|{:>6d}|{:>12,.2f}|{:^13}|".format(name, qty, price, cat))
print("%-10s %5d %8.3f %x %o %e %%" % ("pct", 42, 3.14159, 255, 8, 12345.678))
print("%s and %r" % ("str", "repr"), "%5.1f%%" % 99.5, "%+d" % 5, "%05d" % -42)
print(f"{1234567.891:,.1f} {0.000123:.2e} {42:#x} {42:#o} {42:#b} {-7:08.2f} {3.0:g} {1e20:g}")
print(f"{'left':*<10}{'right':*>10}{'mid':*^9}")
print(f"{123:+} {-123: } {0.5:%} {1/3:.3%} {255:X} {1234:_}")
value, width, prec = 3.14159265, 12, 4
print(f"[{value:{width}.{prec}f}] [{value!r:>20}] [{str(value)!s:<15}]")
print("{0} {1} {0} {name}".format("a", "b", name="kw"))
print("{:>{w}}".format("x", w=5), "{:.{p}f}".format(2.5, p=3))
d = {"k": [1], "j": [1, 2]}
print("{0[k]} {0[j][1]}".format(d))
class P:
    def __init__(self):
        self.x = 5
print("{0.x}".format(P()))
print(format(1234.5, ",.2f"), format(7, "03d"), format("s", ">4"), format(True, "d"))
print(repr(1e16), repr(1.5e-7), 1e15, 123456789012345678.0, -0.0, float("inf"), float("nan"))
print(round(2.675, 2), round(0.5), round(1.5), round(-2.5), round(1234.5678, -2))
print(str(1/3), 2**0.5, 10/4, 7//2, -7//2, -7 % 3, 7 % -3, divmod(-7, 2), divmod(7.5, 2))
print("a\tb\n".expandtabs(4).encode(), "é".encode(), ascii("héllo"), repr("it's \"q\""))
print("{:=^30}".format(" Report "), "{:>08.3f}".format(-3.5))
