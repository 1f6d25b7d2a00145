# io.StringIO: an in-memory text file (write, getvalue, read, readline, iteration, seek,
# print(file=buf), `with`).
import io
from io import StringIO


def render_table(rows: list[tuple[str, int]]) -> str:
    buf = io.StringIO()
    for name, qty in rows:
        print(f"{name:<8}|{qty:>4}", file=buf)
    buf.write("-" * 13 + "\n")
    print("total", sum(q for _, q in rows), sep=": ", file=buf)
    return buf.getvalue()


table = render_table([("apples", 3), ("pears", 12), ("figs", 140)])
print(table, end="")

buf = StringIO("alpha\nbeta\ngamma\n")
print(repr(buf.readline()))
print(repr(buf.read(3)), buf.tell())
print([line.strip() for line in buf])
print(repr(buf.read()))
buf.seek(0)
print(buf.readlines())
print(buf.write("ALPHA"), repr(buf.getvalue()))
buf.seek(0, 2)
buf.write("delta\n")
print(repr(buf.getvalue()), buf.tell())
buf.seek(0)
print(buf.truncate(5), repr(buf.getvalue()))

with StringIO() as out:
    n = out.write("héllo wörld")
    print(n, out.tell(), out.getvalue())
    out.seek(1)
    print(repr(out.read(4)))
    out.writelines(["<", ">"])
    print(out.getvalue())

words = io.StringIO()
for w in ["x", "y", "z"]:
    words.write(w)
    words.write(",")
print(words.getvalue().rstrip(","))
words.close()
try:
    words.getvalue()
except ValueError as e:
    print("ValueError:", e)
print(words.closed, io.StringIO().closed)
