#!/usr/bin/env python3
"""Generates a synthetic but realistic program of several modules for the scale benchmark.

usage: gen.py LINES OUTDIR [--seed N]

OUTDIR/main.py imports modules mod_0 ... mod_K (about 450 lines each) until the program has at
least LINES lines. Every module defines classes called Item and Group (the same names in every
module, as real programs do), functions over lists, dicts, tuples, strings and objects, a
polymorphic helper called with ints and floats, and calls into the modules before it. main.py
prints one checksum per module. The same LINES and seed always give the same files.
"""
import os
import random
import sys

FUNCS_PER_MODULE = 36

HEADER = '''"""Module {k} of a generated program."""
{imports}

SCALE = {scale}


class Item:
    def __init__(self, name, value):
        self.name = name
        self.value = value
        self.tags = []

    def add_tag(self, tag):
        self.tags.append(tag)

    def score(self):
        total = self.value
        for t in self.tags:
            total += len(t)
        return total


class Group:
    def __init__(self, label):
        self.label = label
        self.items = {{}}
        self.order = []

    def add(self, item):
        if item.name not in self.items:
            self.order.append(item.name)
        self.items[item.name] = item

    def total(self):
        s = 0
        for name in self.order:
            s += self.items[name].score()
        return s

    def best(self):
        best = self.items[self.order[0]]
        for name in self.order:
            it = self.items[name]
            if it.score() > best.score():
                best = it
        return best


def pick(a, b):
    if a > b:
        return a
    return b

'''

TEMPLATES = [
    '''def f_{i}(n):
    acc = {c}
    for j in range(n):
        acc = (acc * {a} + j) % 1000003
    return acc
''',
    '''def f_{i}(n):
    xs = []
    for j in range(n):
        xs.append((j * {a}) % {m})
    xs.sort()
    return sum(xs[:{c}])
''',
    '''def f_{i}(n):
    counts = {{}}
    for j in range(n):
        key = "k" + str(j % {m})
        counts[key] = counts.get(key, 0) + j
    best = 0
    for key in counts:
        if counts[key] > best:
            best = counts[key]
    return best
''',
    '''def f_{i}(n):
    g = Group("g{i}")
    for j in range(n):
        it = Item("i" + str(j % {m}), j * {a} % 97)
        if j % 3 == 0:
            it.add_tag("t" + str(j))
        g.add(it)
    b = g.best()
    return g.total() + b.value
''',
    '''def f_{i}(n):
    pairs = [(j, str(j * {a})) for j in range(n)]
    total = 0
    for a, b in pairs:
        total += a * len(b)
    return total % 1000003
''',
    '''def f_{i}(n):
    x = pick(n, {c})
    y = pick(n * 0.5, {c}.25)
    words = ["w" + str(j) for j in range(n % {m} + 1)]
    text = " ".join(words)
    return x + int(y) + len(text.split())
''',
    '''def f_{i}(n):
    grid = [[(r * {a} + c) % 10 for c in range(8)] for r in range(n % 8 + 1)]
    total = 0
    for row in grid:
        for v in row:
            if v % 2 == 0:
                total += v
            else:
                total -= 1
    return total
''',
    '''def f_{i}(n):
    seen = set()
    for j in range(n):
        seen.add((j * {a}) % {m})
    return len(seen) * {c}
''',
]

CALL_PREVIOUS = '''def f_{i}(n):
    return (f_{p}(n) + f_{q}(n // 2 + 1)) % 1000003
'''

CALL_OTHER = '''def f_{i}(n):
    item = {mod}.Item("x{i}", n)
    item.add_tag("other")
    return ({mod}.f_{j}(n) + item.score()) % 1000003
'''


def module(k, rng):
    deps = sorted(rng.sample(range(k), min(k, 2))) if k > 0 else []
    imports = "\n".join("import mod_%d" % d for d in deps) or "import math"
    out = [HEADER.format(k=k, imports=imports, scale=rng.randint(2, 9))]
    for i in range(FUNCS_PER_MODULE):
        r = rng.random()
        if i >= 2 and r < 0.15:
            out.append(CALL_PREVIOUS.format(i=i, p=rng.randrange(i), q=rng.randrange(i)))
        elif deps and r < 0.3:
            out.append(CALL_OTHER.format(i=i, mod="mod_%d" % rng.choice(deps), j=rng.randrange(FUNCS_PER_MODULE)))
        else:
            t = rng.choice(TEMPLATES)
            out.append(t.format(i=i, a=rng.randint(3, 97), c=rng.randint(1, 9), m=rng.randint(5, 40)))
        out.append("\n")
    out.append("def run():\n    total = 0\n")
    out.append("    for i in range(%d):\n" % FUNCS_PER_MODULE)
    out.append("        total = (total + SCALE * i) % 1000003\n")
    for i in range(FUNCS_PER_MODULE):
        out.append("    total = (total + f_%d(%d)) %% 1000003\n" % (i, rng.randint(5, 30)))
    out.append("    return total\n")
    return "".join(out)


def main():
    args = sys.argv[1:]
    seed = 1
    if "--seed" in args:
        at = args.index("--seed")
        seed = int(args[at + 1])
        del args[at:at + 2]
    if len(args) != 2:
        sys.exit(__doc__)
    lines, outdir = int(args[0]), args[1]
    rng = random.Random(seed)
    os.makedirs(outdir, exist_ok=True)
    total = 0
    k = 0
    texts = []
    while total < lines - 10:
        text = module(k, rng)
        texts.append(text)
        total += text.count("\n")
        k += 1
    for old in os.listdir(outdir):
        if old.startswith("mod_") and old.endswith(".py"):
            os.remove(os.path.join(outdir, old))
    for i, text in enumerate(texts):
        with open(os.path.join(outdir, "mod_%d.py" % i), "w") as f:
            f.write(text)
    main_lines = ["import mod_%d" % i for i in range(k)]
    main_lines.append("")
    main_lines.append("")
    main_lines.append("def main():")
    main_lines.append("    checksum = 0")
    for i in range(k):
        main_lines.append("    r = mod_%d.run()" % i)
        main_lines.append("    checksum = (checksum * 31 + r) % 1000000007")
    main_lines.append("    print(%d, checksum)" % k)
    main_lines.append("")
    main_lines.append("")
    main_lines.append('if __name__ == "__main__":')
    main_lines.append("    main()")
    with open(os.path.join(outdir, "main.py"), "w") as f:
        f.write("\n".join(main_lines) + "\n")


if __name__ == "__main__":
    main()
