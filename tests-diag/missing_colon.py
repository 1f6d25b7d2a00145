# An if statement without its colon.

x = 10
if x > 5  # error: expected ':'
    print("big")
print("done")
