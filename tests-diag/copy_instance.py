# copy.copy of an instance of the program's own class is not supported yet: a compile error.
import copy


class Point:
    def __init__(self, x):
        self.x = x


p = copy.copy(Point(1))  # error: copy\(\) does not accept arguments of type \(Point\)
print(p.x)
