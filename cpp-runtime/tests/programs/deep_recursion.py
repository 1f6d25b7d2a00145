# Legitimately deep recursion (100000 levels): Krait runs the module body on
# a large stack; CPython needs a raised recursion limit (a no-op in Krait).
import sys

sys.setrecursionlimit(300000)


def build(n):
    if n == 0:
        return []
    items = build(n - 1)
    items.append(n * n % 7)
    return items


def depth(n):
    if n == 0:
        return 0
    d = depth(n - 1)
    return d + 1


xs = build(100000)
print(len(xs), sum(xs), xs[:5])
print(depth(100000))
