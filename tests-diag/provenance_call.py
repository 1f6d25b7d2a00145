# A type conflict names the calls whose arguments brought each type in.

names = []


def add(total, name):
    names.append(name)  # error: container holds both int and str
    return total + 1


total = 0
total = add(total, 3)  # note: int flows in from the argument of `add\(total, 3\)`
label = "x"
total = add(total, label)  # note: str flows in from the argument of `add\(total, label\)`
print(names)
