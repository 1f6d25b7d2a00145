# Looping over an int.

total = 0
for digit in 1234:  # error: 'int' object is not iterable
    total += digit
print(total)
