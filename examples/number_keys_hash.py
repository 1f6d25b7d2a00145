# 1 and 1.0 are equal and hash alike: one dict key, one set member (the first one stays).
d = {1: "one", 2.5: "two and a half", 3: "three"}
d[1.0] = "uno"
d[3.0] = "tres"
print(d, len(d))
print(d[1], d[1.0], d[2.5], 1 in d, 1.0 in d, 2 in d, 2.5 in d)
keys = [1, 2.0, 3, 1.0, 2, 0.5]
seen = set()
for k in keys:
    if k in seen:
        print(k, "seen already")
    seen.add(k)
print(len(seen), sorted(seen))
print(hash(1) == hash(1.0), hash(2.5) == hash(2.5), hash(-1) == hash(-1.0))
for k in keys:
    print(k, hash(k) == hash(float(k)), k == int(k))
counts = {}
for k in keys:
    counts[k] = counts.get(k, 0) + 1
print(counts)
unique = list(dict.fromkeys(keys))
print(unique)
s = {0.5, 1, 2}
print(1.0 in s, 0.5 in s, 3 in s, len(s | {1, 3.0}))
grid = {(0, 0): 1, (1, 0): 2.5}
grid[(1, 0)] += 1
print(grid)
