# One variable holding an int on one path and a str on another, read where the paths meet.

count = 0
for i in range(4):
    count += i
    if i == 2:
        count = "many"  # error: 'count' holds both int and str
print(count)
