# A builtin outside the supported subset.

x = 41
y = eval("x + 1")  # error: eval.*not supported
print(y)
