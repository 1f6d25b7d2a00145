# map() over two iterables, filter(None, ...), sum() of lists with a start list, len/indexing/in of ranges, zip with ranges.
print(list(map(pow, [2, 3, 4], [3, 2, 1])), list(map(lambda a, b: a + b, "ab", "xyz")), list(map(max, range(3), [2, 0, 5])))
print(list(filter(None, [0, 1, 0, 2, 3, 0])), list(filter(None, ["", "a", "b"])), list(filter(None, range(-1, 2))))
print(sum([[1], [2, 3]], []), sum([["a"], ["b", "c"]], ["z"]), sum([[1.5]], []))
r = range(10, 0, -3)
print(len(r), r[0], r[-1], 4 in r, 5 in r, 11 in r, len(range(0, 100, 7)), list(zip(range(3), "abc")), list(zip("xy", range(5), [1, 2])))
try:
    print(range(3)[5])
except IndexError as e:
    print("IndexError:", e)
