# Indexing a number.

count = 5
print(count[0])  # error: 'int' object is not subscriptable
