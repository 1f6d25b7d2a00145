# Unpacking with '*' inside a tuple display: a tuple of run-time length, unpacked or kept.


def parse(line):
    qty, rest = line.split(" ", 1)
    first, unit, name = qty, *rest.split(maxsplit=1)
    return first, unit, name


words = ["b", "c"]
t = ("a", *words, "d")
print(t, len(t), t[1:], ("x", *"yz"))
print(parse("2 cups flour"), parse("1 tbsp brown sugar"))
nums = (*range(3), *[7, 8])
print(nums, sum(nums), max(nums))
