# Builtins and callbacks over values that are ints or floats (a number).
import math
print(max(3, 2.5), min(3, 2.5), max(1, 2, 0.5))
vals = [x * 1.5 if x > 2 else x for x in range(5)]
print(vals)
print(sorted(vals, key=lambda v: -v))
for v in vals:
    print(math.isclose(v, 3), math.sqrt(v), abs(v), round(v), round(v, 1), str(v), format(v, ">5"))
    if isinstance(v, float):
        print("float", v.is_integer())
    else:
        print("int", v.bit_length())
print(str(vals[0]) + "!", int(vals[3]) + 1)
m = {k: k / 2 if k % 2 else k for k in range(4)}
print(m)
