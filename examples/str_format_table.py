# Formatting a report table with f-strings and str.format: alignment, width, precision, thousands, bases, !r.

products = [("Widget", 1234, 2.5), ("Gadget", 56, 129.99), ("Thingamajig", 7, 1049.0), ("Gizmo", 125000, 0.075)]
print(f"{'Product':<12}|{'Qty':>9}|{'Price':>10}|{'Total':>14}")
print("-" * 12 + "+" + "-" * 9 + "+" + "-" * 10 + "+" + "-" * 14)
grand = 0.0
for name, qty, price in products:
    total = qty * price
    grand += total
    print(f"{name:<12}|{qty:>9,}|{price:>10.3f}|{total:>14,.2f}")
print(f"{'TOTAL':<12}|{'':>9}|{'':>10}|{grand:>14,.2f}")
print()
for n in [0, 5, 42, 255, 1000]:
    print(f"{n:>5d} {n:08b} {n:o} {n:x} {n:#X} {n:+d} {n:^7}|")
pi = 3.14159265358979
print(f"{pi:.0f} {pi:.2f} {pi:10.4f}| {pi:<10.1f}| {pi:e} {pi:.3e} {pi:g} {1e20:g} {0.00001234:g}")
print(f"{0.25:%} {0.25:.1%} {-7.5:08.2f} {7.5:+.1f} {1234567.891:,.1f} {1234567:_}")
name = "Krait"
print(f"{name!r} {name!s} {name:*^11} {name:>8} {name:.3} [{name:<8}]")
print("{} + {} = {}".format(2, 3, 2 + 3), "{0}{1}{0}".format("ab", "cd"), "{x}-{y}".format(x=1, y=2))
print("{:>6.2f}|{:<6}|{:^6}|".format(3.14159, "ab", "mid"), "{0:{1}}|".format(7, 4))
width, prec = 12, 3
print(f"[{pi:{width}.{prec}f}] [{name:{'>'}{width}}]")
items = {"alpha": 0.5, "beta": 12.25, "gamma": 100.0}
for key, val in items.items():
    print(f"{key:.<10}{val:.>10.2f}")
print(f"{'nested ' + name.upper():=^30}")
print(f"{3 * 7 = }", f"{len(name) * 2}", f"{{braces}}", f"{'%'}")
print(format(1234.5678, ",.2f"), format(42, "06d"), format("x", ">3"), format(3, "b"), format(-0.0, ".1f"))


def refuse(what):
    raise ValueError("no " + what)


def note(what):
    print("noted", what)


try:
    print(f"value: {refuse('value')}")
except ValueError as e:
    print("f-string field raised:", e)
print(f"[{note('a')}] [{note('b')!r:>6}]")
