# Common str methods: split/join/strip/replace/find/startswith/upper/lower/title/count/center/ljust/zfill/is* and more.

s = "  The quick brown fox jumps over the lazy dog.  "
print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()))
t = s.strip()
print(t.upper())
print(t.lower())
print(t.title())
print(t.swapcase(), t.capitalize())
print(t.split(), len(t.split()))
print(t.split(" ", 3), t.rsplit(" ", 2))
print("a,b,,c".split(","), "2024-01-05".split("-"), "line1\nline2\n".splitlines())
print(t.find("fox"), t.find("cat"), t.rfind("o"), t.index("quick"), t.count("o"), t.count("the"))
print(t.replace("the", "a"), t.replace("o", "0", 2), sep="\n")
print(t.startswith("The"), t.endswith("dog."), t.startswith(("A", "The")), "fox" in t)
print("-".join(["2024", "01", "05"]), "".join(reversed("stressed")), ", ".join(w.upper() for w in "abc"))
print("[" + "krait".center(11) + "]", "[" + "krait".center(10, "*") + "]")
print("[" + "left".ljust(8, ".") + "]", "[" + "right".rjust(8) + "]", "42".zfill(6), "-42".zfill(6))
for sample in ["123", "12a", "", "abc", "ABC", "Title Case", "   ", "x1"]:
    print(repr(sample), sample.isdigit(), sample.isalpha(), sample.isalnum(), sample.isupper(),
          sample.islower(), sample.istitle(), sample.isspace())
print("key=value=more".partition("="), "no-equals".partition("="), "a/b/c".rpartition("/"))
print("www.example.com".removeprefix("www."), "report.txt".removesuffix(".txt"))
print("xxhixx".strip("x"), "--==text==--".strip("-="), "tab\tsep".expandtabs(8))
print("ab" * 3, "abc" < "abd", "Z" < "a", "apple" > "app", min("hello"), ord(max("hello")))
csv = "name,age,city\nAda,36,London\nBob,29,Leeds"
rows = [line.split(",") for line in csv.splitlines()]
header, *data = rows
for row in data:
    print(", ".join(f"{h}={v}" for h, v in zip(header, row)))
sentence = "the rain in spain stays mainly in the plain"
print({w: sentence.count(w) for w in ["ain", "in", "the"]}, sentence.title().replace(" ", ""))
print("%s|%s" % ("caf\u00e9".upper(), len("caf\u00e9")), "\u00fcber".capitalize())
