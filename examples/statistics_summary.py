# statistics: exact means and variances of floats (as CPython's Fractions give them), medians, modes,
# the int-list functions whose result type doesn't depend on the values, StatisticsError.
import statistics

xs = [2.5, 3.25, 5.5, 1.0, 7.75, 3.25]
print(statistics.mean(xs), statistics.fmean(xs), statistics.median(xs), statistics.median_low(xs), statistics.median_high(xs))
print(statistics.mode(xs), statistics.variance(xs), statistics.pvariance(xs), statistics.stdev(xs), statistics.pstdev(xs))
ints = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5]
print(statistics.fmean(ints), statistics.stdev(ints), statistics.pstdev(ints), statistics.median_low(ints), statistics.median_high(ints), statistics.mode(ints))
print(statistics.mean([0.1, 0.2, 0.3]), statistics.mean([1e308, 1e308]), statistics.variance([0.1, 0.2, 0.3, 0.4]), statistics.stdev([1.5, 2.5]))
print(statistics.mean([1e-320, 3e-320]), statistics.mean([-0.0]), statistics.mean([5e-324, 0.0, 0.0]), statistics.pstdev([1e-300, 3e-300]))
print(statistics.mean([1e16, 1.0, -1e16]), statistics.variance([1e8 + 0.1, 1e8 + 0.2, 1e8 + 0.3]), statistics.fmean([1e16, 1.0, -1e16]))
print(statistics.mode(["a", "b", "b", "a"]), statistics.median([5.0]), statistics.mean([float("inf"), 1.0]), statistics.pvariance([float("nan"), 1.0]))
temps = [21.5, 19.0, 23.25, 22.0, 18.75, 25.5, 20.0]
print(f"mean {statistics.mean(temps):.3f} sd {statistics.stdev(temps):.3f} median {statistics.median(temps)}")
for bad in [xs[:0], [1.0]]:
    try:
        print(statistics.variance(bad))
    except ValueError as e:
        print("StatisticsError", e)
try:
    print(statistics.variance([1e300, -1e300]))
except OverflowError as e:
    print("OverflowError", e)
try:
    print(statistics.stdev([1.0, float("inf")]))
except AttributeError as e:
    print("AttributeError", e)
statistics.median(xs[:0])
