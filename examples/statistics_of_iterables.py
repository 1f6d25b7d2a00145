# statistics functions of any iterable: a dict's values, a generator, a tuple, a set.
import statistics
scores = {"ana": 81.5, "bo": 64.0, "cy": 95.25, "dee": 58.0}
print(statistics.mean(scores.values()), statistics.median(scores.values()))
print(statistics.stdev(v for v in scores.values()), statistics.pstdev(scores.values()))
print(statistics.fmean(x * 2 for x in scores.values()), statistics.variance(tuple(scores.values())))
print(statistics.pvariance(set(scores.values())))
print(statistics.mode(len(k) for k in scores), statistics.median_low(scores), statistics.median_high(k.upper() for k in scores))
print(statistics.mean([1.5, 2.5]), statistics.mode(["a", "b", "a"]))
ints = [3, 1, 2]
print(statistics.fmean(ints), statistics.stdev(ints), statistics.median_low(x for x in ints))
try:
    statistics.mean(x for x in scores.values() if x > 100)
except statistics.StatisticsError as e:
    print("error:", e)
