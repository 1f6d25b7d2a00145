# functools.reduce and the operator module's functions, called directly and passed as callbacks.
import operator
from functools import reduce

print(reduce(operator.add, [1, 2, 3, 4]), reduce(operator.mul, range(1, 8)), reduce(lambda a, b: a * 10 + b, [1, 2, 3], 0))
print(reduce(operator.add, ["a", "b", "c"]), operator.add([1], [2, 3]))
print(operator.add(1, 2.5), operator.truediv(7, 2), operator.floordiv(-7, 2), operator.mod(-7, 3), operator.pow(2, 10), operator.neg(3))
print(operator.lt(1, 2), operator.eq("a", "a"), operator.not_([]), operator.truth(3), operator.contains([1, 2], 2), operator.getitem("abc", 1))
print(sorted([3, -5, 2], key=operator.neg), list(map(operator.abs, [-1, 2, -3])), operator.and_(12, 10), operator.xor(True, False))
print(operator.sub(10, 3), operator.mul("ab", 3), operator.mul(2.5, 4), operator.lshift(1, 10), operator.rshift(-16, 2))
print(operator.concat("x", "y"), operator.ge(2, 2.0), operator.ne([1], [1]), operator.invert(5), operator.pos(-2.5))
print(reduce(operator.or_, [1, 2, 4, 8]), reduce(max, [3, 9, 2]), reduce(operator.add, "abc"), reduce(operator.mul, [], 1))
print(list(map(operator.not_, [0, 1, 2, 0])), sorted(["b", "", "c"], key=operator.truth))
try:
    reduce(operator.add, [])
except TypeError as e:
    print("TypeError", e)
try:
    operator.floordiv(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
