def flatten(xs, out):
    for x in xs:
        out.append(x * 2)
    return out

def depth(n):
    if n == 0:
        return []
    return [n] + depth(n - 1)

print(flatten(depth(3), []))
