import a.b
from counter import count, bump, items
import counter
bump()
bump()
print(count, counter.count, items, counter.items)
print(a.b.f(2), a.b.g() is None, a.X)


def use():
    return counter.count + a.b.f(1)


print(use())
