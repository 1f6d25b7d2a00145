"""open(path, newline=...): None, "", "\n", "\r", "\r\n" when reading and writing, and csv files opened with newline=""."""
import csv
import os

path = "file_newline_test.txt"
with open(path, "w", newline="") as f:
    f.write("a,b\r\nc,d\re\nf")
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, newline=nl) as f:
        print(repr(nl), [line for line in f])
    with open(path, "r", newline=nl) as f:
        print(repr(nl), repr(f.read()))
    with open(path, encoding="utf-8", newline=nl) as f:
        print(repr(nl), repr(f.readline()), repr(f.readline(2)), f.readlines())
for nl in [None, "", "\n", "\r", "\r\n"]:
    with open(path, "w", newline=nl) as f:
        f.write("x\ny\r\n")
        print("z", file=f)
    with open(path, newline="") as f:
        print("wrote", repr(nl), repr(f.read()))
try:
    open(path, newline="x")
except ValueError as e:
    print(e)
os.remove(path)

path = "file_newline_test.csv"
with open(path, "w", newline="") as f:
    w = csv.writer(f)
    w.writerow(["name", "qty"])
    w.writerow(["apple, red", "3"])
    w.writerow(["pear", "5"])
with open(path, newline="") as f:
    print(repr(f.read()))
with open(path, newline="") as f:
    for row in csv.reader(f):
        print(row)
os.remove(path)
