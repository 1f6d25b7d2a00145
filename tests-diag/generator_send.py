# Generators' send/throw/close exist in CPython: Krait names them as missing built-ins, not as
# attributes the object lacks.


def running_total():
    total = 0
    while True:
        value = yield total
        total += value if value is not None else 0


gen = running_total()
next(gen)
print(gen.send(5))  # error: built-in 'generator\.send' is not supported yet
