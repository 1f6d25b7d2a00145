# Keyword arguments of str.format ({x}) and dict.update(k=v): model functions with **kwargs.
print("{x}-{y}".format(x=1, y=2.5), "{0} {name!r} {1:>4}".format("a", 7, name="n"), "{} {k}".format(1, k=[2]))
d = {"a": 1}
d.update(b=2, c=3)
print(d)
try:
    print("{missing}".format(x=1))
except KeyError as e:
    print("KeyError", e)
