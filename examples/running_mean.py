# Running mean, minimum and maximum of a measurement series, plus a moving average.

readings = [12.5, 13.0, 11.75, 14.2, 15.0, 9.8, 10.1, 16.4, 13.3, 12.0, 11.1, 17.25]


def moving_average(xs, window):
    out = []
    total = 0.0
    for i in range(len(xs)):
        total += xs[i]
        if i >= window:
            total -= xs[i - window]
        if i >= window - 1:
            out.append(total / window)
    return out


count = 0
total = 0.0
lowest = readings[0]
highest = readings[0]
for r in readings:
    count += 1
    total += r
    lowest = min(lowest, r)
    highest = max(highest, r)
    print("reading", count, "value", r, "mean so far", total / count)

print("min", lowest, "max", highest, "range", highest - lowest)
print("min/max of the list directly:", min(readings), max(readings))

print("moving average over 3:")
for m in moving_average(readings, 3):
    print(" ", m)

# Incremental (Welford-style) mean avoids keeping a large running total.
mean = 0.0
n = 0
for r in readings:
    n += 1
    mean = mean + (r - mean) / n
print("incremental mean", mean, "direct mean", total / count)
print("integer mean of 1..100:", (1 + 100) * 100 // 2 / 100)
