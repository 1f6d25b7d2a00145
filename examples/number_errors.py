# A number holding a float where Python requires an int raises CPython's TypeError.
values = [3, 2.5, 4]
names = ["a", "b", "c", "d", "e"]
for v in values:
    try:
        print(list(range(v)))
    except TypeError as e:
        print("TypeError:", e)
    try:
        print(names[v])
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("ab" * v)
    except TypeError as e:
        print("TypeError:", e)
    try:
        print("xyz"[v - 3])
    except TypeError as e:
        print("TypeError:", e)
    try:
        names[v] = "z"
        print(names)
    except TypeError as e:
        print("TypeError:", e)
for v in values:
    try:
        print(10 / (v - 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(v // (v - 3))
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
    try:
        print(v % 0)
    except ZeroDivisionError as e:
        print("ZeroDivisionError:", e)
print(chr(int(values[0]) + 64), list(range(int(values[1]))))
print(values[-1] * 2)
total = 0
for v in values:
    total += v
print(list(range(total)))
