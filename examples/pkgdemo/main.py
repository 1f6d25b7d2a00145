import util
import util as u2
from shapes import Point, dist, ORIGIN
from pkg import sub
from pkg.sub import twice
import pkg.sub
import math

helper = "main helper"

class Node:
    def __init__(self, v):
        self.v = v

def main():
    print(util.helper(3), u2.helper(4), helper)
    p = Point(3.0, 4.0)
    print(dist(p, ORIGIN), math.sqrt(16.0))
    print(sub.twice(5), twice(6), pkg.sub.twice(7), pkg.VERSION)
    n = Node(1)
    m = util.Node("x")
    print(n.v, m.name, type(m).__name__, util.counter)
    util.bump()
    util.bump()
    print(util.counter, __name__)

if __name__ == "__main__":
    main()
