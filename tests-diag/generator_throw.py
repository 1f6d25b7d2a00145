# Generators' throw/close exist in CPython: Krait names them as missing built-ins, not as
# attributes the object lacks.


def running_total():
    total = 0
    while True:
        value = yield total
        total += value if value is not None else 0


gen = running_total()
next(gen)
print(gen.send(5))
gen.throw(ValueError("stop"))  # error: built-in 'generator\.throw' is not supported yet
