# itemgetter's arguments must be constants: Krait turns the call into the lambda it behaves as
from operator import itemgetter

pairs = [(2, "b"), (1, "a")]
print(sorted(pairs, key=itemgetter(0)))
i = 1
print(sorted(pairs, key=itemgetter(i)))  # error: operator.itemgetter\(\) other than called with constant arguments
