# Averages of several groups; the last group is empty, so it ends with a ZeroDivisionError.

def total_of(xs):
    total = 0
    for x in xs:
        total += x
    return total


def average(xs):
    return total_of(xs) / len(xs)


def spread(xs):
    return max(xs) - min(xs)


groups = [[4, 8, 15], [16, 23, 42], [100], [-5, 5, -5, 5], []]
names = ["small", "medium", "single", "balanced", "empty"]

grand_total = 0
for i in range(len(groups)):
    print("group", names[i], "has", len(groups[i]), "values, total", total_of(groups[i]))
    grand_total += total_of(groups[i])
    print("  average:", average(groups[i]), "spread:", spread(groups[i]))

print("grand total", grand_total, "- not reached")
