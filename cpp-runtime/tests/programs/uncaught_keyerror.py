print("before")
d = {}
print(d["missing"])
