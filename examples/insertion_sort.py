# Insertion sort that counts shifts, run on several inputs including floats.

def insertion_sort(xs):
    shifts = 0
    for i in range(1, len(xs)):
        key = xs[i]
        j = i - 1
        while j >= 0 and xs[j] > key:
            xs[j + 1] = xs[j]
            j -= 1
            shifts += 1
        xs[j + 1] = key
    return shifts


def is_sorted(xs):
    for i in range(len(xs) - 1):
        if xs[i] > xs[i + 1]:
            return False
    return True


def describe(xs):
    out = ""
    for x in xs:
        if out != "":
            out = out + ", "
        out = out + str(x)
    return "[" + out + "]"


data = [5, 2, 9, 1, 5, 6, -4, 0]
print("input: ", describe(data), "sorted?", is_sorted(data))
print("shifts:", insertion_sort(data))
print("output:", describe(data), "sorted?", is_sorted(data))

backwards = []
for k in range(10, 0, -1):
    backwards.append(k)
print("reversed input needs", insertion_sort(backwards), "shifts")

floats = [3.5, -1.25, 0.1, 2.0, -0.0, 1e-05, 1e16]
insertion_sort(floats)
print("floats:", describe(floats))
