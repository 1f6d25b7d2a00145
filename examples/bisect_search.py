# bisect: searching and inserting in sorted lists, with lo/hi bounds and key=.
import bisect

a = [1, 2, 4, 4, 4, 7, 9]
print(bisect.bisect_left(a, 4), bisect.bisect_right(a, 4), bisect.bisect(a, 5), bisect.bisect_left(a, 4, 4), bisect.bisect_right(a, 4, 0, 3))
bisect.insort(a, 5)
bisect.insort_left(a, 0)
print(a)
pairs = [(1, "a"), (3, "b"), (5, "c")]
print(bisect.bisect_left(pairs, 3, key=lambda p: p[0]))
bisect.insort(pairs, (4, "z"), key=lambda p: p[0])
print(pairs)
names = ["ann", "bob", "eve", "joe"]
for n in ["amy", "bob", "zed", ""]:
    print(n, bisect.bisect_left(names, n), bisect.bisect_right(names, n))
grades = [60, 70, 80, 90]
print([("FDCBA")[bisect.bisect(grades, s)] for s in [33, 99, 77, 70, 89, 90, 100]])
floats = [0.5, 1.5, 1.5, 2.5]
bisect.insort_right(floats, 1.5)
bisect.insort_left(floats, 2.0, 0, 2)
print(floats)
print(bisect.bisect_left(a, 4, 0, None), bisect.bisect_right(a, 4, hi=None), "abcb".find("b", None))
try:
    bisect.bisect_left(names, "x", -1)
except ValueError as e:
    print("ValueError", e)
