# Appending a str to a list of ints.

names = []
names.append(1)
names.append(2)
names.append("three")  # error: holds both .*int.* and .*str
print(len(names))
