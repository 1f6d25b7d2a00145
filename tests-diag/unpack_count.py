# Unpacking a tuple into the wrong number of names.

point = (1, 2, 3)
x, y = point  # error: cannot unpack 3 values into 2 targets|too many values
print(x, y)
