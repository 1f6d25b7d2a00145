# Slicing tuples with literal bounds (a new tuple of the picked positions); xs[a:b] = [] keeps xs's element type.
t = (1, "two", 3.0, 4, 5)
print(t[1:3], t[::-1], t[:0], t[-2:], t[::2], t[10:], t[-100:2], t[4:1:-2])
head, rest = t[0], t[1:]
print(head, rest, len(rest))
letters = list("abcdef")
letters[-2:] = []
letters[:0] = []
print(letters)
