def area(w, h):
    return w * h

print(area(2, 3))
print(area(2.0, 3))
total = 0.0
total += area(1, 1)
print(total)
