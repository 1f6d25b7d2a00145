# An int and a float may share a variable (a number), but not with None beside them as well.

total = 0
for i in range(1, 5):
    total = total + i
if total > 3:
    total = total / 4
if total > 100:
    total = None  # error: 'total' holds both int and None
print(total)
