# min/max with key= and default= together (default=None gives a maybe-None result and leaves
# the items as they are), min/max of several arguments with key=, sorted(d, key=d.get),
# sum with a start value, next(it, None).
xs = [3, -7, 5]
print(max(xs, key=abs), min(xs, key=abs))
print(max(xs, key=abs, default=0), min([], key=abs, default=-1))
print(max(3, 9, key=lambda v: -v), min(3, 9, 4, key=lambda v: -v))
print(max(xs, default=None), max([], default=None))
ws = ["bb", "a", "ccc"]
print(max(ws, key=len), min(ws, key=len, default="z"))
d = {"x": 3, "y": 1, "z": 2}
print(sorted(d, key=d.get), max(d, key=d.get), min(d, key=d.get))
print(sorted(d, key=d.get, reverse=True))
print(sum([[1], [2, 3]], []), sum([1.5, 2.5], 10.0), sum([1, 2], 5))
it = iter(xs)
print(next(it, None), next(it), next(it), next(it, None))
e = iter([])
print(next(e, "done"))
best = max(xs, default=None)
if best is not None:
    print(best + 1)
print(max("abc"), min("abc", key=ord))
print(max(ws, key=lambda w: (len(w), w)))
words = ["a", "bb"]
print(next(iter(words), None), next((w for w in words if len(w) > 5), None))
g = (n * n for n in range(3))
print(next(g, None), next(g, -1), next(g, None), next(g, None))
nums = [4, 8]
it = iter(nums)
while (v := next(it, None)) is not None:
    print(v + 1)
