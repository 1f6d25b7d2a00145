def gen():
    try:
        yield 1
        yield 2
    finally:
        print("finally")

for x in gen():
    print(x)
    break
print("after")

def find(n):
    for x in gen():
        if x == n:
            return x
    return -1
print(find(1))
try:
    for x in gen():
        raise ValueError("boom")
except ValueError as e:
    print("caught", e)
for x in gen():
    pass
print("full")

def chain():
    yield from gen()
for x in chain():
    break
print("chain done")
