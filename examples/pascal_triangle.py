# Pascal's triangle: building each row from the previous one, centred with str * int.

def next_row(row):
    out = [1]
    for i in range(1, len(row)):
        out.append(row[i - 1] + row[i])
    out.append(1)
    return out


def row_text(row):
    text = ""
    for x in row:
        if text != "":
            text = text + " "
        text = text + str(x)
    return text


def choose(n, k):
    if k < 0 or k > n:
        return 0
    result = 1
    for i in range(1, min(k, n - k) + 1):
        result = result * (n - i + 1) // i
    return result


rows = 12
width = len(row_text([1, 11, 55, 165, 330, 462, 462, 330, 165, 55, 11, 1]))
row = [1]
for n in range(rows):
    text = row_text(row)
    print(" " * ((width - len(text)) // 2) + text)
    row = next_row(row)

print()
print("row sums are powers of two:")
row = [1]
for n in range(8):
    total = 0
    for x in row:
        total += x
    print("  row", n, "sum", total, "=", "2**" + str(n), total == 2 ** n)
    row = next_row(row)

print("C(40, 20) =", choose(40, 20))
print("C(60, 30) =", choose(60, 30))
print("C(5, 7) =", choose(5, 7))
