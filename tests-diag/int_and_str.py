# One variable holding an int in one place and a str in another.

count = 0
for i in range(4):
    count += i
print(count)
count = "many"  # error: 'count' holds both int and str
print(count)
