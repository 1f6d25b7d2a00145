# Binary search over a sorted list, counting probes, plus a lower-bound variant.

def binary_search(xs, target):
    lo = 0
    hi = len(xs) - 1
    probes = 0
    while lo <= hi:
        mid = (lo + hi) // 2
        probes += 1
        if xs[mid] == target:
            print("  found", target, "at index", mid, "after", probes, "probes")
            return mid
        elif xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid - 1
    print("  ", target, " not found after ", probes, " probes", sep="")
    return -1


def lower_bound(xs, target):
    lo = 0
    hi = len(xs)
    while lo < hi:
        mid = (lo + hi) // 2
        if xs[mid] < target:
            lo = mid + 1
        else:
            hi = mid
    return lo


squares = []
for i in range(100):
    squares.append(i * i)

print("searching squares of 0..99")
for t in [0, 1, 49, 2500, 9801, 50, -4, 10000]:
    binary_search(squares, t)

print("insertion points:")
for t in [-1, 0, 2, 50, 9801, 9802]:
    print(" ", t, "->", lower_bound(squares, t))

names = ["ada", "alan", "barbara", "dennis", "edsger", "grace", "ken", "linus"]
print("searching names")
binary_search(names, "grace")
binary_search(names, "guido")
