# A local that only holds slices and is only subscripted reuses its list's buffer (scratch
# list); every other use of a sliced list must still see a list of its own.


def flips(n):
    base = list(range(n))
    total = 0
    perm = base[:]
    for r in range(n):
        if r % 2:
            perm = base[r:]
        else:
            perm = base[:r + 1]
        perm[0] = -perm[0]
        total += perm[0] - r
    for r in range(n + 1):
        perm = base[:r]
        perm[:] = perm[::-1]
        if r:
            total += perm[0] * 10 + perm[r - 1]
        perm = base[::2]
        total += perm[-1]
    return total, base


def grows_and_shrinks():
    src = [str(i) * 2 for i in range(12)]
    out = []
    words = src[:3]
    for k in (0, 12, 5, 1, 9, 0, 4):
        words = src[k:]
        words[0:0] = ["<"]
        out.append(words[0] + words[-1] + words[len(src) - k] if k < 12 else words[0])
        words = src[k::3]
        del words[0:1]
        out.append(str(words[0:2]))
    return out


def self_slice():
    v = [1, 2, 3, 4, 5]
    v = v[:]
    v = v[1:]
    w = v[::-1]
    v = v[2:]
    return v[0:], w


def escapes():
    # the list of `row` is kept in `rows`: never a scratch list
    base = [1, 2, 3]
    rows = []
    for i in range(3):
        row = base[:]
        row[i] = 0
        rows.append(row)
    keep = base[:]
    alias = keep
    keep = base[1:]
    keep[0] = 99
    return rows, alias, keep


def in_generator():
    base = [3, 1, 2]
    scratch = base[:]
    g = (scratch[i] for i in range(2))
    scratch = base[1:]
    return list(g) if len(scratch) == 2 else []


def prefix_reversals():
    # l[:k + 1] = l[k::-1] reverses in place only for 0 <= k < len(l); the other k follow Python
    out = []
    for k in (-3, -1, 0, 1, 4, 5, 6, 9):
        l = [10, 20, 30, 40, 50]
        l[:k + 1] = l[k::-1]
        out.append(l)
    l = [1, 2, 3, 4]
    l[:3] = l[1::-1]
    out.append(l)
    w = ["a", "b", "c"]
    w[:2] = w[1::-1]
    return out, w


print(prefix_reversals())
print(flips(7))
print(grows_and_shrinks())
print(self_slice())
print(escapes())
print(in_generator())
