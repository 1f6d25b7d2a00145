# Text files: open() in modes r, w, a, x, r+, reading by lines and characters, `with`,
# print(file=f), universal newlines on reading, UTF-8, and CPython's error messages.
import os

PATH = "text_files.tmp"


def write_poem(path: str) -> None:
    with open(path, "w") as f:
        print(f.write("The rain in Spain\n"))
        f.write("falls mainly\n")
        print("on the", "plain", sep=" ", end=".\n", file=f)
        f.writelines(["café ", "naïve ", "日本\n"])


def count_words(path: str) -> dict[str, int]:
    counts: dict[str, int] = {}
    with open(path, encoding="utf-8") as f:
        for line in f:
            for word in line.split():
                counts[word] = counts.get(word, 0) + 1
    return counts


write_poem(PATH)
print(count_words(PATH))

f = open(PATH)
print(repr(f.readline()))
print(repr(f.read(4)), f.tell())
print(f.readlines())
print(repr(f.read()), repr(f.readline()))
f.seek(0)
print(repr(f.read(9)))
print(f.readable(), f.writable())
f.close()
f.close()

with open(PATH, "a") as f:
    f.write("appended\n")
with open(PATH) as f:
    lines = f.readlines()
print(len(lines), repr(lines[-1]))

# universal newlines: "\r\n" and "\r" read as "\n"
with open(PATH, "w") as f:
    f.write("one\r\ntwo\rthree\n\r\nfour")
with open(PATH) as f:
    print([line for line in f])
with open(PATH) as f:
    print(repr(f.read()))

# r+ reads and overwrites in place
with open(PATH, "w") as f:
    f.write("abcdef\n")
with open(PATH, "r+") as f:
    print(repr(f.read(2)))
    f.seek(2)
    f.write("XY")
    f.seek(0)
    print(repr(f.read()))

try:
    open(PATH, "x")
except FileExistsError as e:
    print("FileExistsError:", e)
os.remove(PATH)
with open(PATH, "x") as f:
    f.write("new\n")
with open(PATH) as f:
    print(f.read(), end="")

f = open(PATH)
try:
    f.write("no")
except OSError as e:
    print("not allowed:", e)
f.close()
try:
    f.readline()
except ValueError as e:
    print("ValueError:", e)
try:
    for line in f:
        print(line)
except ValueError as e:
    print("ValueError:", e)
os.remove(PATH)

try:
    open("no_such_file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e)
try:
    open(".")
except IsADirectoryError as e:
    print("IsADirectoryError:", e)
try:
    open(PATH, "rw")
except ValueError as e:
    print("ValueError:", e)
try:
    open(PATH, "q")
except ValueError as e:
    print("ValueError:", e)

g = open(PATH, "w", encoding="utf-8")
print(g.name, g.mode, g.encoding, g.closed)
with g:
    g.write("x")
print(g.closed)
os.remove(PATH)
