# A text file's lines through the builtins that take iterables: list, enumerate, zip, sorted,
# sum of a generator, max with a key, and several files in one `with`.
import os

DATA = "file_lines_data.tmp"
COPY = "file_lines_copy.tmp"

with open(DATA, "w") as f:
    for name, score in [("ada", 91), ("brian", 78), ("carla", 85), ("dmitri", 62)]:
        f.write(f"{name},{score}\n")

print(list(open(DATA)))
with open(DATA) as f:
    for i, line in enumerate(f, 1):
        print(i, line.rstrip())
with open(DATA) as f:
    print(sorted(f, reverse=True))
with open(DATA) as f:
    print(sum(int(line.split(",")[1]) for line in f))
with open(DATA) as f:
    print(max(f, key=len).strip())

with open(DATA) as src, open(COPY, "w") as dst:
    for line, tag in zip(src, ["a", "b", "c", "d", "e"]):
        who, points = line.strip().split(",")
        print(tag, who.upper(), int(points) + 5, sep=";", file=dst)
with open(COPY) as f:
    print(f.read(), end="")

records = {}
with open(DATA) as f:
    for line in f:
        key, value = line.split(",")
        records[key] = int(value)
print(records)

os.remove(DATA)
os.remove(COPY)
print(os.path.exists(DATA), os.path.exists(COPY))
