def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def scale(n=None):
    if n is None:
        n = 10
    return n * 2


best = None
for x in [3, 8, 1]:
    if best is None or x > best:
        best = x
ratio = None
ratio = 0.5
counts = {"a": 1}
hit = counts.get("b")
found = [find([1, 2], k) for k in [2, 3]]
kept = [f for f in found if f is not None]
print(best, ratio, hit, found, kept, scale(), scale(4))
