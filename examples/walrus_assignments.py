# Assignment expressions (t := value): in if/while tests (narrowing None away), comprehensions,
# generators, closures with nonlocal.

import re

data = [3, 8, 1, 12, 7, 20]
if (n := len(data)) > 5:
    print(f"long list ({n} items)")
big = [y for x in data if (y := x * 2) > 10]
print(big, y)
lines = iter(["alpha", "beta", "", "gamma"])
while (line := next(lines, None)) is not None and line:
    print(line.upper())
pattern = re.compile(r"(\d+)-(\d+)")
for text in ["10-20", "x", "3-4"]:
    if (m := pattern.match(text)) is not None:
        print(int(m.group(1)) + int(m.group(2)))
    else:
        print("no match:", text)
def first_over(xs, limit):
    best = None
    for x in xs:
        if (best := x) > limit:
            break
    return best
print(first_over(data, 9), first_over(data, 100))
total = 0
while (total := total + 5) < 23:
    pass
print(total)
print([last := v for v in range(4)], last)

def chunks(words, width):
    line = []
    for w in words:
        if (size := sum(len(x) + 1 for x in line) + len(w)) > width and line:
            yield " ".join(line)
            line = []
        line.append(w)
    if line:
        yield " ".join(line)

for row in chunks("the quick brown fox jumps over the lazy dog again and again".split(), 16):
    print(repr(row))

def counter():
    count = 0
    def bump():
        nonlocal count
        return (count := count + 1)
    return bump
b = counter()
print(b(), b(), b())
