import functools
from functools import partial, reduce


def power(base, exponent):
    return base ** exponent


def volume(length, width=2, height=3):
    return length * width * height


def greet(greeting, name, punctuation="!"):
    return greeting + ", " + name + punctuation


def tagged(tag, *items):
    out = tag + ":"
    for item in items:
        out += item + ","
    return out


def kwonly(a, *, scale, offset=0):
    return a * scale + offset


square = partial(power, exponent=2)
two_to = partial(power, 2)
print(square(5), two_to(10))
print([square(x) for x in range(6)])
print(list(map(two_to, [0, 1, 2, 3])))

print(volume(1), partial(volume, 10)(), partial(volume, 10, 5)(), partial(volume, 10)(4, 5))
print(partial(volume, width=7)(2), partial(volume, height=1)(2, 3))
hello = functools.partial(greet, "Hello")
print(hello("world"), hello("Krait", "?"))
polite = partial(greet, punctuation=".")
print(polite("Good day", "sir"))

words = ["banana", "Apple", "cherry", "date"]
print(sorted(words, key=partial(greet, "x")))
print(sorted([3, -1, 2, -5], key=partial(power, exponent=2)))

print(partial(tagged, "t")("a", "b", "c"), partial(tagged, "u")("v"))
print(partial(kwonly, 3)(scale=2), partial(kwonly, scale=10)(4), partial(kwonly, offset=1)(2, scale=3))

parse_hex = partial(int, base=16)
print(parse_hex("ff"), list(map(parse_hex, ["10", "a", "7f"])))
add = partial(lambda x, y: x + y, 100)
print(add(1), [add(i) for i in range(3)])
total = partial(reduce, lambda a, b: a + b)
print(total([1, 2, 3, 4]))

counter = [0]


def bump(step):
    counter[0] += step
    return counter[0]


def make_adder(n):
    def adder(x, y):
        return x + y + n
    return partial(adder, 1000)


print(make_adder(5)(1), make_adder(7)(2))
b = partial(bump, 2)
b()
b()
print(counter[0])
print(partial(power, 2, 3)())
print(partial(divmod, 17)(5))
partial(power, 0)(-1)
