def walk(n):
    yield n
    yield from walk(n + 1)

def rec(n):
    if n == 0:
        return 0
    return 1 + rec(n - 1)

def probe():
    for n in (997, 998, 999):
        try:
            print(n, rec(n))
        except RecursionError:
            print(n, "RecursionError")
probe()
last = 0
try:
    for x in walk(0):
        last = x
except RecursionError as e:
    print("depth", last, e)
probe()
def genrec(n):
    yield rec(n)

for n in (900, 990, 996, 997, 998, 1000):
    try:
        print(n, list(genrec(n)))
    except RecursionError:
        print(n, "RecursionError")
