# str methods as values (key=str.lower, map(str.upper, ...), str.upper(s)) and builtins stored in variables.
words = ["kiwi", "Banana", "apple", "Cherry"]
print(sorted(words, key=str.lower), max(words, key=str.lower), list(map(str.upper, words)))
strip = str.strip
print(strip("  x  "), str.upper("abc"), str.replace("aXa", "X", "-"), list(filter(str.isupper, ["A", "b", "C"])))
f = len
print(f("ab"))
