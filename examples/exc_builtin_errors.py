# Catching built-in errors (IndexError, KeyError, ZeroDivisionError, ValueError, TypeError) and printing str(e).


def safe_div(a, b):
    try:
        return a // b
    except ZeroDivisionError as e:
        print("  ZeroDivisionError:", e)
        return 0


def lookup(table, key):
    try:
        return table[key]
    except KeyError as e:
        print("  KeyError:", e, "| repr:", repr(e))
        return -1


def nth(items, i):
    try:
        return items[i]
    except IndexError as e:
        print("  IndexError:", e)
        return -1


def parse(text):
    try:
        return int(text)
    except ValueError as e:
        print("  ValueError:", e)
        return 0


print("divisions:", safe_div(17, 5), safe_div(3, 0), safe_div(-7, 2))
try:
    x = 1.5 / 0.0
except ZeroDivisionError as e:
    print("float:", e)
try:
    y = 10 % 0
except ZeroDivisionError as e:
    print("modulo:", e)
ages = {"ann": 31, "ben": 27}
print("lookups:", lookup(ages, "ann"), lookup(ages, "zoe"))
print("nth:", nth([1, 2, 3], 1), nth([1, 2, 3], 3), nth([1, 2, 3], -4))
print("parse:", parse("12"), parse("twelve"), parse(""), parse("3.5"))
for text in ["abc", "7", "0", "x"]:
    try:
        print(" ", text, "->", 100 // int(text))
    except (ValueError, ZeroDivisionError) as e:
        print("  bad input", repr(text), "-", type(e).__name__, e)
try:
    "abc".index("z")
except ValueError as e:
    print("str.index:", e)
try:
    [3, 4].remove(5)
except ValueError as e:
    print("list.remove:", e)
try:
    ages.pop("gone")
except KeyError as e:
    print("dict.pop:", e)
try:
    [].pop()
except IndexError as e:
    print("list.pop:", e)
try:
    "tuple"[9]
except IndexError as e:
    print("str index:", e)
try:
    print(float("nanx"))
except ValueError as e:
    print("float():", e)
try:
    print(int("12", 2))
except TypeError as e:
    print("not reached", e)
except Exception as e:
    print(type(e).__name__ + ":", e)
