# A closing parenthesis with no opening one.

total = 0
for i in range(10):
    total = total + i)  # error: unmatched '\)'
print(total)
