# str.startswith/endswith with start and end (str and tuple prefixes), CPython's edge cases included.
s = "hello wörld"
tests = []
for prefix in ["", "h", "wö", "ld", "rld", "ö", "hello wörld!"]:
    for start in [None, 0, 1, 6, -5, 11, 12, -100]:
        for end in [None, 3, 8, -1, 11, 100]:
            tests.append((s.startswith(prefix, start, end), s.endswith(prefix, start, end)))
print(tests)
print(s.startswith(("x", "wö"), 6), s.endswith(("x", "wö"), 0, 8), s.startswith("wo", 6), s.endswith("ll", 0, 4))
print("abc".startswith("", 3), "abc".startswith("", 4), "abc".endswith("", 4), "".startswith("", 0))
