# The math and sys modules; ends with sys.exit(3).
import math
import sys
from math import sqrt, pi

print(math.sqrt(16), sqrt(2), pi, math.floor(-2.5), math.ceil(2.1), math.e)
print(math.log(100, 10), math.hypot(3, 4), math.gcd(12, 18), math.factorial(10))
print(len(sys.argv), math.isclose(0.1 + 0.2, 0.3))
try:
    math.sqrt(-1)
except ValueError as e:
    print("error:", e)
sys.exit(3)
