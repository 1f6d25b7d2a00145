import csv
import io
import sys

lines = ['name,age,city', 'Alice,30,"New York, NY"', 'Bob,25,"He said ""hi"""', '', 'x,,"",y', '"multi', 'line",end']
for row in csv.reader(lines):
    print(row)

print(list(csv.reader(["a;b;'c;d'", " e; f"], delimiter=";", quotechar="'")))
print(list(csv.reader(["a, b,  c"], skipinitialspace=True)))
print(list(csv.reader(['a\\,b,c'], escapechar="\\")))
print(list(csv.reader(['"abc"def,g', 'x"y"z'])))
print(list(csv.reader(['"unterminated'])))
print(list(csv.reader(["é,ñ,\"ü,ö\""])))

buf = io.StringIO()
w = csv.writer(buf)
print(w.writerow(["name", "note", "n"]))
w.writerow(("Alice", "likes, commas", 3))
w.writerow(("Bob", 'says "hi"', 2.5))
w.writerow(["multi\nline", "", "plain"])
w.writerow([""])
w.writerow([])
w.writerows([["a", "b"], ["c", "d"]])
print(repr(buf.getvalue()))

buf.seek(0)
r = csv.reader(buf)
header = next(r)
print("header", header)
for row in r:
    print(r.line_num, row)

out = io.StringIO()
w2 = csv.writer(out, delimiter="|", quoting=csv.QUOTE_ALL, lineterminator="\n")
w2.writerow(("a", "b|c", 1))
w2.writerow((1, 2))
print(repr(out.getvalue()))
out3 = io.StringIO()
w3 = csv.writer(out3, quoting=csv.QUOTE_NONNUMERIC)
w3.writerow(("a", 1, 2.5, True))
print(repr(out3.getvalue()))
out4 = io.StringIO()
w4 = csv.writer(out4, quoting=csv.QUOTE_NONE, escapechar="\\")
w4.writerow(["a,b", 'q"q', "e\\e"])
print(repr(out4.getvalue()))

csv.writer(sys.stdout).writerow(("to", "stdout", 1))

with open("csv_basics_tmp.csv", "w") as f:
    fw = csv.writer(f)
    fw.writerow(["id", "value"])
    for i in range(3):
        fw.writerow([i, i * i])
with open("csv_basics_tmp.csv") as f:
    for row in csv.reader(f):
        print(row)
import os
os.remove("csv_basics_tmp.csv")

print(csv.QUOTE_MINIMAL, csv.QUOTE_ALL, csv.QUOTE_NONNUMERIC, csv.QUOTE_NONE)
try:
    csv.reader(["a"], delimiter="::")
except TypeError as e:
    print("TypeError:", e)
try:
    list(csv.reader(["a\rb"]))
except Exception as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO(), quoting=csv.QUOTE_NONE).writerow(["a,b"])
except Exception as e:
    print("Error:", e)
try:
    csv.writer(io.StringIO()).writerow(5)
except Exception as e:
    print("Error:", e)
list(csv.reader(['"a"b'], strict=True))
