# A scope's variables as a dict: globals(), locals() and vars().

counter = 0


def show():
    total = 3
    print(locals())  # error: 'locals\(\)' .* is not supported
    return total


print(globals()["counter"])  # error: 'globals\(\)' .* is not supported
print(show())
