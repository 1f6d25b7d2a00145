nums = [1, 2, 3]
print(sum(x * x for x in nums), max(len(s) for s in ["a", "bcd"]))
