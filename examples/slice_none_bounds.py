# Slice bounds that are None by default (xs[:upto] with upto=None), in reads, assignments and del.


def head(xs, upto=None):
    return xs[:upto]


def every(xs, start=None, step=None):
    return xs[start::step]


def clear_from(xs, start=None):
    del xs[start:]
    return xs


def replace(xs, lo=None, hi=None):
    xs[lo:hi] = [0]
    return xs


print(head([1, 2, 3]), head([1, 2, 3], 2), head("abcdef"), head("abcdef", -2))
print(every("abcdef"), every("abcdef", 1, 2), every([5, 6, 7, 8], None, -1))
print(clear_from([1, 2, 3]), clear_from([1, 2, 3], 1))
print(replace([1, 2, 3]), replace([1, 2, 3], 1, 2))
