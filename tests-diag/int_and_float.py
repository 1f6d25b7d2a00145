# An int variable may not receive a float: / always gives a float. (Reusing the name for a
# float after the int is no longer needed would be fine; here both reach the same print.)

total = 0
for i in range(1, 5):
    total = total + i
if total > 3:
    total = total / 4  # error: 'total' holds both int and float
print(total)
