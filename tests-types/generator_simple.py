def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1

total = 0
for v in count_up(5):
    total += v
print(list(count_up(4)), total)
