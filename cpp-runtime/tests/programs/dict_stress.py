# dict under random insertions, deletions, lookups and pops (mirrored by
# dict_stress.cpp): contents and insertion order must match CPython's.
state = 777


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


d = {}
s = {}
checks = 0
for step in range(60000):
    op = rnd(10)
    k = rnd(3000) * (1024 if step % 3 == 0 else 1) - 500
    w = str(rnd(2000)) + "k"
    if op < 4:
        d[k] = step
        s[w] = d.get(k, 0) + s.get(w, 0)
    elif op < 6:
        if k in d:
            del d[k]
        s.pop(w, 0)
    elif op < 8:
        checks += d.get(k, -1) + s.get(w, -1) + (1 if w in s else 0)
    elif op == 8 and len(d) > 0 and step % 7 == 0:
        kv = d.popitem()
        checks += kv[0] % 1000
    else:
        checks += d.setdefault(k, step) % 1000
    if step % 10000 == 0:
        print(step, len(d), len(s), checks)
print(len(d), len(s), checks)
print(list(d.items())[:30], list(d.items())[-30:])
print(list(s.items())[:30], list(s.items())[-30:])
