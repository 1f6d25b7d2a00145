# Text histogram with '*' * n: counting values into buckets and scaling bar lengths.

rolls = [3, 5, 2, 6, 6, 1, 4, 3, 3, 5, 2, 6, 4, 4, 3, 1, 5, 6, 3, 2,
         4, 4, 6, 5, 3, 3, 2, 1, 6, 4, 5, 3, 2, 4, 6, 6, 3, 5, 4, 3]


def count_values(values, lo, hi):
    counts = []
    for v in range(lo, hi + 1):
        counts.append(0)
    for v in values:
        counts[v - lo] = counts[v - lo] + 1
    return counts


def draw(counts, first_label, max_width):
    biggest = max(counts)
    for i in range(len(counts)):
        bar = counts[i] * max_width // biggest
        print(str(first_label + i) + " |" + "*" * bar, counts[i])


counts = count_values(rolls, 1, 6)
print("dice rolls:", len(rolls))
draw(counts, 1, 30)

print()
print("most common face appears", max(counts), "times, least common", min(counts))
share = counts[2] / len(rolls)
print("share of threes:", share, "percent:", share * 100)

# Sums of two dice: every combination, counted exactly.
sums = []
for a in range(1, 7):
    for b in range(1, 7):
        sums.append(a + b)
print()
print("sums of two dice (36 combinations):")
draw(count_values(sums, 2, 12), 2, 12)
