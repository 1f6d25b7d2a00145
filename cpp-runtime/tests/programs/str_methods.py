# Differential test of str methods on pseudo-random ASCII and non-ASCII text
# (mirrored by str_methods.cpp; the runtime's fast paths must agree with CPython).
# (No capital sigma: Krait's final-sigma rule does not skip case-ignorable characters yet.)
ALPHABET = ["a", "b", "c", "A", "Z", " ", " ", "  ", "\t", "\n", ",", ".", "ab", "é", "ß", "日", "😀", "x", "\u2003", "İ", "ς", "σ"]
ASCII = ["a", "b", "c", "A", "Z", " ", " ", "  ", "\t", "\n", ",", ".", "ab", "x", "The", "the", "|"]

state = 12345


def rnd(n):
    global state
    state = (state * 1103515245 + 12345) % 2147483648
    return (state >> 8) % n


def make(alpha, n):
    parts = []
    for i in range(n):
        parts.append(alpha[rnd(len(alpha))])
    return "".join(parts)


SEPS = [" ", ",", "ab", "é", "  ", "\n"]
total = {}
for round in range(300):
    alpha = ASCII if round % 2 == 0 else ALPHABET
    s = make(alpha, rnd(60))
    t = make(alpha, rnd(8))
    sep = SEPS[rnd(len(SEPS))]
    print(repr(s), len(s), s.split(), s.split(None, 2), s.rsplit(None, 1))
    print(s.split(sep), s.split(sep, 1), s.rsplit(sep, 2), sep.join(s.split()))
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), repr(s.strip(" ab")), repr(s.strip("é.")))
    print(repr(s.lower()), repr(s.upper()), repr(s.swapcase()))
    if alpha is ASCII:  # (title case of non-ASCII letters such as ß is not Krait's yet)
        print(repr(s.title()), repr(s.capitalize()))
    print(repr(s.replace(sep, t)), repr(s.replace(" ", "")), repr(s.replace("a", "é", 2)), repr(s.replace("", "-", 3)))
    print(s.find(sep), s.rfind(sep), s.count(sep), s.count("a"), s.find(t), s.count(""), sep in s, t in s)
    print(repr(s[1:]), repr(s[:1]), repr(s[2:-3]), repr(s[::2]), repr(s[::-1]), repr(s[-5:]))
    u = s + t
    v = u + s + s + s
    w = v + t
    print(repr(u), repr(v), repr(w), len(w), repr(t * 3), s < t, s == t, u == s + t)
    print(repr(" ".join(x[:1].upper() + x[1:] for x in s.split(" "))), s.splitlines(), s.isalpha(), s.isspace())
    for word in s.split():
        total[word] = total.get(word, 0) + 1
    acc = ""
    for k in range(rnd(50)):
        acc = acc + t + str(k)
    print(len(acc), repr(acc[-20:]), acc.count(t) if t else 0)
print(len(total), sorted(total.items())[:40])
