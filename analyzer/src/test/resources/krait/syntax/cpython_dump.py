"""The oracle for the parser tests: CPython's own ast.dump of many files in one process.

usage: cpython_dump.py OUTDIR [--attributes]  (file paths on stdin, one a line)
Writes OUTDIR/<n>.txt for the n-th path (0-based): "OK\n" + ast.dump(...), or
"ERROR <ExceptionType> <line>\n<message>" when CPython rejects the file.
"""
import ast
import os
import sys
import warnings

warnings.simplefilter("ignore")
sys.setrecursionlimit(10000)
out_dir = sys.argv[1]
attributes = "--attributes" in sys.argv[2:]
for n, line in enumerate(sys.stdin):
    path = line.rstrip("\n")
    try:
        with open(path, "rb") as f:
            source = f.read()
        result = "OK\n" + ast.dump(ast.parse(source), include_attributes=attributes)
    except SyntaxError as e:
        result = "ERROR %s %d\n%s" % (type(e).__name__, e.lineno or 0, e.msg)
    except (ValueError, RecursionError, MemoryError) as e:
        result = "ERROR %s 0\n%s" % (type(e).__name__, e)
    with open(os.path.join(out_dir, "%d.txt" % n), "w", encoding="utf-8", errors="surrogatepass") as f:
        f.write(result)
