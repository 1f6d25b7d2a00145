import os, sys as system
from . import a
from ..pkg.mod import (b as c, d,)
from x import *
x = 1
a = b = c = 2
a, b = b, a
[a, *rest] = f(1, *args, k=2, **kw)
x += 1; y -= 2
x.y[1:2, ::3] = -x ** 2
del a, b[0], c.d
global g
print(not a and b or c, a if b else c, lambda x, *y, z=1, **w: x)
assert x > 0, "positive"
raise ValueError("bad") from None
r = 1 < x <= 3 != y is not None not in z in w is v
s = a | b ^ c & d << 1 >> 2 + 3 - 4 * 5 / 6 // 7 % 8 @ 9
t = ~x, +y, -z, (1,), (), [], {}, {1, 2}, {1: 2, **d}
c = [x for x in range(10) if x if y for z in w]
d = {k: v for k, v in items()}, {s for s in t}, (g for g in h)
f = f"a{x!r:>{width}}b{y=}" 'c' "d", rb'\x00' b"\n"
n = 0x1F + 0o17 + 0b101 + 1_000_000 + 3.14 + 1e10 + 2j + .5 + 10**100
e = ..., None, True, False
