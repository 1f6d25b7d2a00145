# An integer literal that does not fit in a 64-bit int (the largest is 9223372036854775807).

ok = 9223372036854775807
print(ok)
too_big = 9223372036854775808  # error: integer literal 9223372036854775808 does not fit in a 64-bit int
print(too_big)
