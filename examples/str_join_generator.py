# sep.join(generator of strs): items appended as they are made, + chains and slices piecewise.


def title_case(line):
    return " ".join(w[:1].upper() + w[1:] for w in line.split(" "))


def initials(names, k):
    return "".join(n[:k] for n in names if n)


def around(words, lo, hi):
    return "|".join("<" + w[lo:hi] + ">" + w[-1:] for w in words)


def grid(n):
    return "\n".join(str(i) + ":" + ",".join(str(i * j) for j in range(n)) for i in range(n))


words = ["alpha", "beta", "", "g", "délta", "ωmega", "naïve café"]
print(title_case("the quick brown fox"))
print(title_case(""))
print(repr(title_case(" leading and  double spaces ")))
print(initials(words, 2), initials(words, 0), initials(words, -1))
print(around(words, 1, -1))
print(around(words, -3, 100))
print(around(words, 3, 1))
print(grid(4))
print(repr("-".join(w for w in words if w == "zzz")))
print("-".join(w for w in ["only"]))
print(", ".join(w.upper() for w in words if len(w) > 3))
print("".join(a + b for a in "xyz" for b in "12"))
empty = ""
print(repr(empty.join(w[1:3] + w[0:1] for w in words)))
long_line = " ".join("word" + str(i) for i in range(100))
print(len(long_line), long_line[:40], long_line[-20:])
print(title_case(long_line)[:60])
