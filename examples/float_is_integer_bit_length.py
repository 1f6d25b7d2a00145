# float.is_integer() and int.bit_length(), edge values included.
print([x.is_integer() for x in (1.0, 1.5, -0.0, 1e300, float("inf"), float("nan"), -3.0)])
print([n.bit_length() for n in (0, 1, -1, 255, 256, -256, 2**62, -2**62 - 2**62 + 1, 9223372036854775807)])
