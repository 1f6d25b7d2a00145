# Chains of str + with calls among the operands: operands are evaluated left to right, the
# result is one string; building a string with s = s + a + b in a loop grows it in place.
calls = []


def tag(x):
    calls.append(x)
    return "<" + str(x) + ">"


prefix = "P"


def rebind():
    global prefix
    prefix = "Q"
    return "!"


line = tag(1) + "-" + tag(2) + tag(3) + ("(" + tag(4) + ")")
print(line, calls)
print(prefix + rebind() + prefix)

s = ""
for i in range(20000):
    s = s + str(i % 10) + ","
print(len(s), s[:12], s[-12:])

t = "é" + tag(5) + "x" * 130 + "ß"
print(len(t), t[:8], t[-3:])

u = ""
for i in range(300):
    u = u + "ü" + str(i)
print(len(u), u[-9:])

base = "q" * 150
v = base + "a" + "b"
w = base + "c" + "d"
print(v[-3:], w[-3:], len(v), len(w), v == base + "ab", w == base + "cd")

parts = {}
for word in "the cat and the hat and the bat".split():
    parts.setdefault(word[0], []).append(word)
print(parts)
nested = {}
nested.setdefault("a", {})["x"] = 1
nested.setdefault("a", {})["y"] = 2
print(nested)
