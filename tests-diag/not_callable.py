# Calling a value that is not a function.

limit = 10
print(limit(3))  # error: 'int' object is not callable|not callable
