table = {"a": {"x": 1}, "b": {"y": 2}}
for k in table:
    print(k, table[k])
