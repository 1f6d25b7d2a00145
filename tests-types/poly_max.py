def biggest(xs):
    best = xs[0]
    for x in xs:
        if x > best:
            best = x
    return best

print(biggest([3, 1, 4]), biggest(["b", "a"]), biggest([0.5, 2.5]))
