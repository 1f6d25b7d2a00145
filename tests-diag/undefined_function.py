# Calling a function that is not defined (a typo of one that is).

def square(n):
    return n * n


total = 0
for i in range(5):
    total += sqaure(i)  # error: name 'sqaure' is not defined
print(total)
