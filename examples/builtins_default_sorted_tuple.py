# min()/max() with default=, sorted() of a tuple.
print(min([], default=0), max([3, 9], default=-1), min("", default="?"), max(range(0), default=5))
print(sorted((3, 1, 2)), sorted(("b", "a"), reverse=True))
