# {**d} in dict displays, dict(d) copies, == between dicts made in different places.
base = {"a": 1, "b": 2}
extra = {"b": 20, "c": 3}
merged = {**base, **extra, "d": 4}
print(merged, {**base}, {"z": 0, **base}, dict(base) == base, dict(base) is base)
copy = dict(extra)
copy["c"] = 0
print(copy, extra)
