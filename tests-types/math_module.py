import math
from math import sqrt

r = sqrt(2.0)
c = math.floor(2.7)
print(r, c, math.pi)
