# print(*xs): the items of a list, str, range, dict, set or generator printed as separate arguments.
xs = [1, 2, 3]
print(*xs)
print(*xs, sep=", ")
print("start", *"abc", *range(2), "end", sep="|")
print(*{"k": 1, "j": 2}, *{7}, *(4, 5))
print(*[])


def gen():
    yield "g1"
    yield "g2"


print(*gen(), end="!\n")
