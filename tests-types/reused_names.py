# Names rebound to a new type once the old value is dead, across branches, loops, try and unpacking.

def average(values):
    total = 0
    for v in values:
        total = total + v
    total = total / len(values)
    return total


def describe(n):
    count = 0
    for i in range(n):
        count += i
    print(count)
    count = "many" if count > 5 else "few"
    return count


def parse_all(texts):
    good = 0
    for t in texts:
        try:
            value = int(t)
            good += value
        except ValueError:
            value = t.upper()
            print("bad", value)
        finally:
            print("checked", t)
    value = good * 1.5
    return value


def pairs(items):
    first, rest = items[0], items[1:]
    print(first, rest)
    first, rest = len(items), str(items)
    return first, rest


def search(grid, wanted):
    pos = (-1, -1)
    for row in range(len(grid)):
        for col in range(len(grid[row])):
            if grid[row][col] == wanted:
                pos = (row, col)
                break
        if pos[0] >= 0:
            break
    print(pos)
    row = "r"
    while len(row) < 4:
        row = row + "r"
        if row == "rrr":
            continue
    print("while done", row)
    return row


def swap_types(flag):
    if flag:
        label = 1
        print(label + 1)
    else:
        label = "one"
        print(label + "!")
    label = [flag]
    return label


print(average([1, 2, 3, 4]))
print(describe(3), describe(5))
print(parse_all(["1", "x", "20"]))
print(pairs([3, 4, 5]))
print(search([[1, 2], [3, 4]], 3))
print(swap_types(True), swap_types(False))
