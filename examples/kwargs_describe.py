# **kwargs and *args together: extra keyword arguments arrive as a dict in call order.
def describe(name, *args, sep=", ", **options):
    parts = [name] + [str(a) for a in args]
    for key, value in options.items():
        parts.append(key + "=" + str(value))
    return sep.join(parts)

print(describe("box", 1, 2, color=3, size=4))
print(describe("plain"))
print(describe("x", sep="; ", depth=9))
