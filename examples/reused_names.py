# A name reused for an unrelated value in another part of a function is a separate variable.

def summarize(path_text):
    line = path_text.strip()
    parts = line.split()
    line = len(parts)
    return line


def scores(names):
    total = 0
    for item in names:
        total += len(item)
    for item in range(3):
        total += item * 2
    item = "done"
    print(item)
    return total


def retry(values):
    result = None
    for v in values:
        try:
            result = int(v)
        except ValueError:
            result = -1
        print(result)
    result = str(len(values)) + " tried"
    return result


def loop_carry(n):
    acc = 0
    i = 0
    while i < n:
        acc = acc + i
        i += 1
        if acc > 10:
            break
    acc = "acc=" + str(acc)
    return acc


x = 5
print(x)
x = "five"
print(x)
x = [1, 2, 3]
print(x, len(x))
print(summarize("  a b c  "))
print(scores(["ab", "cde"]))
print(retry(["1", "x", "3"]))
print(loop_carry(10))
for k in range(2):
    print(k)
for k in "ab":
    print(k.upper())
data = ",".join(["p", "q"])
data = len(data)
print(data)
