seen = set()
for n in [3, 1, 3, 2]:
    seen.add(n)
print(sorted(seen))
