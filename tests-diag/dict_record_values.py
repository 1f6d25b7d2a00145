# A dict used as a record (values of several types) is reported where it is made, as the cause,
# not only through what reads it.


def make(name, age):
    d = {}  # error: dict values holds both str and int
    d["name"] = name
    d["age"] = age
    return d


people = [make("ann", 31), make("bob", 42)]
total = sum(p["age"] for p in people)
print(total)
