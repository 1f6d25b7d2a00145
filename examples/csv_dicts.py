import csv
import io
import sys

text = "name,age,city\nalice,30,Paris\nbob,25\n\ncarol,41,\"New York, NY\"\n"
reader = csv.DictReader(io.StringIO(text))
print(reader.fieldnames)
for row in reader:
    print(row, row["name"], row["age"])
print(reader.line_num)

rows = list(csv.DictReader(["a;b", "1;2", "3;4"], delimiter=";"))
print(rows)
given = csv.DictReader(["x,y", "1,2"], fieldnames=["first", "second", "third"], restval="?")
for row in given:
    print(row)
print(given.fieldnames)
total = 0
for row in csv.DictReader(["item,qty", "pen,3", "ink,4"]):
    total += int(row["qty"])
print(total)
empty = csv.DictReader(io.StringIO(""))
print(list(empty), empty.fieldnames)

out = io.StringIO()
w = csv.DictWriter(out, fieldnames=["name", "score", "note"])
print(w.writeheader())
print(w.writerow({"name": "alice", "score": "90", "note": "top, first"}))
w.writerow({"score": "75", "name": "bob"})
w.writerows([{"name": "carol", "score": "88"}, {"name": "dan"}])
print(repr(out.getvalue()))

nums = csv.DictWriter(sys.stdout, ["a", "b"], restval=0, lineterminator="\n")
nums.writeheader()
nums.writerow({"a": 1, "b": 2})
nums.writerow({"b": 5})

quiet = csv.DictWriter(sys.stdout, ["k"], extrasaction="ignore")
quiet.writerow({"k": "v", "extra": "x"})
loose = csv.DictWriter(sys.stdout, ["k"], extrasaction="RAISE")
loose.writerow({"k": "v", "extra": "x"})

try:
    w.writerow({"name": "eve", "zip": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    csv.DictWriter(out, ["a"], extrasaction="skip")
except ValueError as e:
    print("ValueError:", e)

strict = csv.DictWriter(sys.stdout, ["id"])
strict.writerow({"id": "1", "bad": "2"})
