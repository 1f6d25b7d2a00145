"""A line diff tool based on the longest common subsequence, with unified-style hunks."""
from typing import NamedTuple


class Op(NamedTuple):
    kind: str  # ' ', '-', '+'
    old_no: int
    new_no: int
    text: str


def lcs_table(a: list[str], b: list[str]) -> list[list[int]]:
    n, m = len(a), len(b)
    t = [[0] * (m + 1) for _ in range(n + 1)]
    for i in range(n - 1, -1, -1):
        for j in range(m - 1, -1, -1):
            if a[i] == b[j]:
                t[i][j] = t[i + 1][j + 1] + 1
            else:
                t[i][j] = max(t[i + 1][j], t[i][j + 1])
    return t


def diff(a: list[str], b: list[str]) -> list[Op]:
    t = lcs_table(a, b)
    i = j = 0
    ops: list[Op] = []
    while i < len(a) and j < len(b):
        if a[i] == b[j]:
            ops.append(Op(" ", i + 1, j + 1, a[i]))
            i += 1
            j += 1
        elif t[i + 1][j] >= t[i][j + 1]:
            ops.append(Op("-", i + 1, j, a[i]))
            i += 1
        else:
            ops.append(Op("+", i, j + 1, b[j]))
            j += 1
    while i < len(a):
        ops.append(Op("-", i + 1, j, a[i]))
        i += 1
    while j < len(b):
        ops.append(Op("+", i, j + 1, b[j]))
        j += 1
    return ops


def hunks(ops: list[Op], context: int = 2) -> list[list[Op]]:
    changed = [k for k, op in enumerate(ops) if op.kind != " "]
    if not changed:
        return []
    groups: list[list[int]] = [[changed[0]]]
    for k in changed[1:]:
        if k - groups[-1][-1] <= 2 * context:
            groups[-1].append(k)
        else:
            groups.append([k])
    result = []
    for g in groups:
        lo = max(0, g[0] - context)
        hi = min(len(ops), g[-1] + context + 1)
        result.append(ops[lo:hi])
    return result


def unified(name_a: str, name_b: str, a: list[str], b: list[str], context: int = 2) -> str:
    ops = diff(a, b)
    lines = [f"--- {name_a}", f"+++ {name_b}"]
    for h in hunks(ops, context):
        old = [op for op in h if op.kind != "+"]
        new = [op for op in h if op.kind != "-"]
        old_start = old[0].old_no if old else h[0].old_no
        new_start = new[0].new_no if new else h[0].new_no
        lines.append(f"@@ -{old_start},{len(old)} +{new_start},{len(new)} @@")
        lines.extend(op.kind + op.text for op in h)
    return "\n".join(lines)


def similarity(a: list[str], b: list[str]) -> float:
    if not a and not b:
        return 1.0
    common = lcs_table(a, b)[0][0]
    return 2 * common / (len(a) + len(b))


def char_diff(x: str, y: str) -> str:
    ops = diff(list(x), list(y))
    out = []
    for op in ops:
        if op.kind == " ":
            out.append(op.text)
        elif op.kind == "-":
            out.append(f"[-{op.text}]")
        else:
            out.append(f"{{+{op.text}}}")
    # merge adjacent markers of the same kind
    s = "".join(out)
    return s.replace("][-", "").replace("}{+", "")


OLD = """def greet(name):
    print("Hello, " + name)

def add(a, b):
    return a + b

def main():
    greet("world")
    print(add(2, 3))
    print("done")

main()""".splitlines()

NEW = """def greet(name, punct="!"):
    print(f"Hello, {name}{punct}")

def add(a, b):
    return a + b

def sub(a, b):
    return a - b

def main():
    greet("world")
    print(add(2, 3))
    print(sub(5, 1))

main()""".splitlines()

print(unified("a/greet.py", "b/greet.py", OLD, NEW))
print()
print(f"similarity: {similarity(OLD, NEW):.3f}")
stats = {"+": 0, "-": 0, " ": 0}
for op in diff(OLD, NEW):
    stats[op.kind] += 1
print("insertions: {ins}, deletions: {dels}, unchanged: {same}".format(same=stats[" "], ins=stats["+"], dels=stats["-"]))
print()
for x, y in [("kitten", "sitting"), ("flaw", "lawn"), ("intention", "execution"), ("same", "same"), ("", "abc")]:
    print(f"{x!r:12} -> {y!r:12} {char_diff(x, y)}")
print()
no_lines: list[str] = []
print(unified("empty", "one", no_lines, ["only line"]))
print(unified("x", "y", ["a", "b", "c"], ["a", "B", "c"], context=0))
