flag = True
n = 3
ok = flag and n > 2
count = sum([1 for v in [True, False, True] if v])
print(ok, count)
