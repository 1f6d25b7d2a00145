# Loop variables reused for other types, closures with nonlocal, *args and keyword-only parameters.
def f():
    total = 0
    for i in range(3):
        total += i
    for i in ["a", "b"]:
        print(i * 2)
    return total

for x in [1, 2]:
    print(x)
for x in ["p", "q"]:
    print(x + "!")
print(f())
def total(*nums, scale=1):
    s = 0
    for n in nums:
        s += n
    return s * scale

def greet(name, *, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct

class Box:
    def __init__(self, w=1, h=2):
        self.w = w
        self.h = h

print(total(1, 2, 3), total(), total(4, 5, scale=10))
print(greet("ann"), greet("bob", greeting="Hi"), greet("cy", punct="?"))
b = Box()
c = Box(3)
print(b.w, b.h, c.w, c.h)
first, *rest = [1, 2, 3, 4]
print(first, rest)
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *m, z = (1, 2.5, 3.5, 4)
print(a, m, z)
h, *t = [9]
print(h, t)


def outer(k):
    def inner(x, y=10):
        return x + y + k
    return inner(1) + inner(2, 3)


print(outer(5))
