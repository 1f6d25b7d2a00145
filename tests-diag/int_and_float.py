# An int variable may not receive a float: / always gives a float.

total = 0
for i in range(1, 5):
    total = total + i
total = total / 4  # error: 'total' holds both int and float
print(total)
