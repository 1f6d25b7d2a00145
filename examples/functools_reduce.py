# functools.reduce over lists, ranges, strings and dict keys, with and without an initial value.
from functools import reduce
import functools

print(reduce(lambda a, b: a + b, [1, 2, 3, 4, 5]), reduce(lambda a, b: a * b, range(1, 11)))
print(functools.reduce(lambda acc, c: c + acc, "stressed"), reduce(max, [3, 17, 4, 17, 2]))
print(reduce(lambda acc, w: acc + len(w), ["to", "be", "or"], 0), reduce(lambda s, x: s + [x * x], [1, 2, 3], [0]))
print(reduce(lambda a, b: a if a > b else b, {"x": 1, "yy": 2, "b": 3}), reduce(lambda a, b: a + b, [0.1] * 10))

def gcd(a, b):
    while b:
        a, b = b, a % b
    return a

print(reduce(gcd, [84, 126, 210]), reduce(lambda a, b: a * 10 + b, [], 7), reduce(lambda a, b: a - b, [10], 100))
try:
    reduce(gcd, [])
except TypeError as e:
    print("TypeError", e)
