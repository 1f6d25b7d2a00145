import kit
from kit import countdown, make_adder


class Registry:
    kind = "main"

    def __init__(self):
        self.names = []


r = kit.Registry()
r.add("x")
r.add("y")
print(r.items, kit.Registry.kind, Registry.kind, Registry().names)
print(list(countdown(3)), kit.scale(2), kit.scale(2, 5))
add3 = make_adder(3)
print(add3(4), kit.apply_all([1, 2, 3]))
print(sorted(kit.WORDS, key=kit.by_len), kit.total())
