# A constant index past the end of a tuple.

pair = (1, "one")
print(pair[2])  # error: tuple index 2 out of range|out of range
