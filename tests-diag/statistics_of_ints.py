# Of a list of ints, CPython's statistics.mean/median/variance return an int or a float depending
# on the values: Krait reports them; the functions whose result type is fixed compile.
import statistics

print(statistics.mean([1, 2, 3]))  # error: statistics.mean\(\) of a list of ints .* is not supported yet
print(statistics.median([4, 5]))  # error: statistics.median\(\) of a list of ints .* is not supported yet
print(statistics.variance([1, 2, 3]))  # error: statistics.variance\(\) of a list of ints
print(statistics.mean([1.0, 2.0]), statistics.fmean([1, 2]), statistics.stdev([1, 2]))
