# type(x) compiles where it is compared with a class, named or printed; a class held as a
# value (counting values by their class) is refused at its line.
counts = {}
for v in [1, 2, 3]:
    t = type(v)  # error: type\(x\) other than in 'type\(x\) is C'.* is not supported yet
    counts[t] = counts.get(t, 0) + 1
print(counts)
