def outer(xs):
    def score(x):
        return len(x) * 2
    return [score(x) for x in xs]

print(outer(["ab", "c"]))
