# Unpacking with * inside list and set displays.
a = [1, 2]
b = [3, 4]
print([*a, *b, 5], [0, *range(3)], [*"xy"], {*a, 9, *b}, [*a], [*[*a, 7]])
def f(xs):
    return [*xs, len(xs)]
print(f([4, 5]), sorted({*"hello", *"world"}))
t = (7, 8)
print([*t, 1], [*t], {*t, 2} == {2, 7, 8})
