def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return -1

def log(msg):
    print(msg)

log(find([1, 2, 3], 2))
