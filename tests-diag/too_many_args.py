# Calling a function with more arguments than it accepts.

def add(a, b):
    return a + b


print(add(1, 2))
print(add(1, 2, 3))  # error: add\(\) takes 2 .*but 3 .*given
