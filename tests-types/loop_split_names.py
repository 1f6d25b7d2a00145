for i in range(3):
    print(i)
for i in ["a", "b"]:
    print(i)
