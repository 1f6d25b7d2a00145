# a namedtuple indexed at run time is a tuple indexed at run time: its fields must share a type.
from collections import namedtuple

Row = namedtuple("Row", "name count")
r = Row("a", 1)
for i in range(2):
    print(r[i])  # error: holds both str and int
