"""CPython's side of scripts/bench-parser: ast.parse on every .py file of the standard library
(or the given directories), best of a few rounds, in lines per second."""
import ast
import os
import sys
import sysconfig
import time
import warnings

warnings.simplefilter("ignore")
roots = sys.argv[1:] or [sysconfig.get_paths()["stdlib"]]
files = []
for root in roots:
    for d, _, names in os.walk(root):
        if "site-packages" in d:
            continue
        files.extend(os.path.join(d, n) for n in names if n.endswith(".py"))
files.sort()
sources = [open(f, "rb").read() for f in files]
lines = sum(s.count(b"\n") for s in sources)
print("%d files, %d lines, %.1f MB" % (len(files), lines, sum(map(len, sources)) / 1e6))
best = None
for r in range(3):
    t0 = time.perf_counter()
    for s in sources:
        try:
            ast.parse(s)
        except (SyntaxError, ValueError, RecursionError, MemoryError):
            pass
    t = time.perf_counter() - t0
    best = t if best is None else min(best, t)
    print("round %d: %.3f s" % (r + 1, t))
print("cpython ast.parse: best %.3f s, %.0f lines/s" % (best, lines / best))
