# list indexes at and beyond both ends, down to the extreme ints: IndexError, never a wrong item
import sys
l = [10, 20, 30]
for i in (-4, -3, -1, 0, 2, 3, sys.maxsize, -sys.maxsize - 1, -sys.maxsize):
    try:
        print(i, l[i])
    except IndexError as e:
        print(i, "IndexError", e)
    try:
        l[i] = i
        print("set", i, l)
    except IndexError as e:
        print(i, "IndexError", e)
