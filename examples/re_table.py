# A table of patterns and subjects: match, search, fullmatch, findall, sub and split, printed
# for each, compared with CPython's results.
import re

CASES = [
    (r"abc", "xxabcxxabc"),
    (r"a.c", "abc a\nc adc"),
    (r"^a", "ab\nac"),
    (r"b$", "ab\nb\n"),
    (r"\d+", "a1b22c333"),
    (r"\D+", "a1b22c333"),
    (r"\w+", "héllo wörld_1 ça"),
    (r"\W", "a-b c!"),
    (r"\s+", "a \t b\n\nc"),
    (r"\S+", "  foo bar  "),
    (r"\bfoo\b", "foo foobar barfoo foo."),
    (r"\Bo\B", "foo boot"),
    (r"x*", "abxd"),
    (r"x?", "xax"),
    (r"a+?", "aaa"),
    (r"a{2}", "aaaaa"),
    (r"a{2,3}", "aaaaaaa"),
    (r"a{,2}", "aaab"),
    (r"a{2,}", "a aa aaaa"),
    (r"[abc]+", "xxabcabxcc"),
    (r"[^abc]+", "xxabcabxcc"),
    (r"[a-z]+", "Hello World"),
    (r"[\d.]+", "v1.2.3 and 4.5"),
    (r"[]a]+", "a]]b"),
    (r"[-a]", "b-a"),
    (r"(a|b)c", "ac bc cc"),
    (r"(\w)(\w)", "abcde"),
    (r"(\d+)-(\d+)-(\d+)", "2024-01-15 and 1999-12-31"),
    (r"(?P<word>\w+)\s(?P=word)", "hello hello world world x"),
    (r"(\w+) \1", "the the cat cat dog"),
    (r"(?:ab)+", "ababab abx"),
    (r"(?i)hello", "Hello HELLO hello"),
    (r"(?m)^\w+", "one\ntwo\nthree"),
    (r"(?s)a.b", "a\nb"),
    (r"(?x) \d+  # digits", "a12b3"),
    (r"foo(?=bar)", "foobar foobaz"),
    (r"foo(?!bar)", "foobar foobaz"),
    (r"(?<=\$)\d+", "cost $42 or 17"),
    (r"(?<!\$)\b\d+", "cost $42 or 17"),
    (r"\Aab", "abab"),
    (r"ab\Z", "abab"),
    (r"ab\Z", "abab\n"),
    (r"ab$", "abab\n"),
    (r"", "abc"),
    (r"\b", "ab cd"),
    (r"(a)|(b)", "ab"),
    (r"(a)?b", "b ab"),
    (r"é+", "ééé e é"),
    (r"[à-ÿ]+", "voilà très ça"),
    (r"日本", "日本語 日本"),
    (r"\.", "a.b.c"),
    (r"\t", "a\tb"),
    (r"\x41", "ABA"),
    (r"\u00e9", "café"),
    (r"a|", "abc"),
    (r"(a*)*", "aab"),
    (r"(ab)*c", "ababc c"),
    (r"\d{3}(?:-\d{4})?", "555 555-1234"),
    (r"(?i)straße", "STRASSE straße Straße"),
    (r"[A-Z][a-z]+", "Alice and Bob met Carol"),
    (r"\$\d+\.\d\d", "$3.50 and $12.05"),
    (r"(\w+)@(\w+)\.com", "joe@mail.com, ann@site.com"),
]

def span_of(m):
    if m:
        return str(m.span())
    return "None"


for pattern, subject in CASES:
    p = re.compile(pattern)
    m = p.match(subject)
    s = p.search(subject)
    f = p.fullmatch(subject)
    print(repr(pattern), repr(subject), p.groups)
    print("  match:", span_of(m), "search:", span_of(s), "fullmatch:", f is not None)
    if s:
        print("  group:", repr(s.group()), s.start(), s.end())
    print("  finditer:", [x.span() for x in p.finditer(subject)])
    print("  sub:", repr(p.sub("<>", subject)), p.subn("#", subject)[1])
    if p.groups == 0:
        print("  split:", p.split(subject))

# findall with the result type of each group count
print(re.findall(r"\d+", "a1b22c333"))
print(re.findall(r"(\d)\d*", "a1b22c333"))
print(re.findall(r"(\w)(\d)", "a1 b2 c3"))
print(re.findall(r"(\w)(\d)(x)?", "a1 b2x c3"))
print(re.findall(r"x*", "axbxx"))
print(re.findall(r"(?i)[aeiou]", "Education"))
print(re.findall(r"\w+", "naïve café résumé"))

# flags combined with |
print(re.findall(r"^b.", "a\nbx\nBy", re.I | re.M))
print(re.findall(r"a.b", "a\nb A\nB", re.IGNORECASE | re.DOTALL))
print(re.findall(r"\w+", "héllo wörld", re.ASCII))
print(re.findall(r"""
    (\d+)   # number
    \s*
    ([a-z]+)  # unit
""", "10 km, 5kg", re.VERBOSE))
print(re.compile("a", re.I | re.M), re.compile("a").flags, re.compile("(?i)a").flags)

# groups, groupdict, spans
m = re.search(r"(?P<user>\w+)@(?P<host>[\w.]+)(:(?P<port>\d+))?", "mail joe@example.org now")
if m:
    print(m.group(), m.group(1), m.group("host"), m.group(1, 2))
    print(m.groups(""), m.groupdict("-"), m.span("host"), m.start(), m.end(2))
    print(m.pos, m.endpos, repr(m.string))
    print(m.expand(r"\g<host> for \1 (\g<2>)"))
    print(m)
m2 = re.match(r"(a)(b)?", "ac")
if m2:
    print(m2.groups("none"), m2.span(2))

# positions in non-ASCII subjects count code points
m3 = re.search(r"(ö+)(\w)", "größe schöööner")
if m3:
    print(m3.span(), m3.span(1), m3.span(2), m3.group(2))
print([(x.span(), x[0]) for x in re.finditer(r"\w+", "αβγ δε ζ")])

# pos and endpos
digit = re.compile(r"\d")
print(digit.search("a1b2c3", 2), digit.search("a1b2c3", 2, 3), digit.match("a1b2", 1), digit.findall("123456", 2, 5))
print(re.compile(r"^\d").search("12", 1))

# sub with templates and functions
print(re.sub(r"(\w+) (\w+)", r"\2 \1", "hello world, good day"))
print(re.sub(r"(?P<a>\w)(?P<b>\w)", r"\g<b>\g<a>", "abcd"))
print(re.sub(r"(\d)", r"<\g<1>0>", "a1b2"))
print(re.sub(r"x", r"\n\t|\\", "axb"))
print(re.sub(r"(a)|b", r"[\1]", "ab"))
print(re.sub(r"\s+", " ", "  lots   of\n\tspace  ", count=2))
print(re.subn(r"o", "0", "foo boo"))
print(re.sub(r"\d+", lambda m: str(int(m.group()) + 1), "v1.9.10"))
print(re.sub(r"[aeiou]", lambda m: m.group().upper(), "education"))
print(re.sub("", "-", "abc"))
print(re.sub("x*", "-", "abxd"))
print(re.split(r"(,)", "a,b,c"))
print(re.split(r"\s*", "a b  c"))
print(re.split(r",", "a,b,c,d", maxsplit=2))
print(re.split(r"\b", "hi there"))

# escape and the cache
print(re.escape("a.b*c?(d)[e]{f} g-h|i^j$k\\l#m&n~o"))
total = 0
for i in range(1000):
    if re.search(r"7", str(i)):
        total += 1
print(total)
re.purge()
print(re.fullmatch(r"\d+", "123") is not None, re.fullmatch(r"\d+", "123a") is None)

# bad patterns raise re.error with CPython's message
for bad in [r"(abc", r"abc)", r"[abc", r"*a", r"a\q", r"(?P<n>a)(?P=m)", r"a{3,1}", r"\1(a)", r"(?<=a+)b"]:
    try:
        re.compile(bad)
        print("compiled", bad)
    except Exception as e:
        print(type(e).__name__, e)
for tmpl in [r"\3", r"\g<x>", r"\q", r"\g<1"]:
    try:
        print(re.sub(r"(a)", tmpl, "a"))
    except Exception as e:
        print(type(e).__name__, e)

# semantics where engines tend to differ
print(re.sub(r"\b", "|", "ab cd"))
print(re.split(r"x*", "axbc"))
print(re.findall(r"(a)|b", "ab"))
print(re.sub(r"(a)|b", r"[\1]", "abab", count=3))
print(re.findall(r"(?i)ǅ", "ǆ Ǆ ǅ"))
print(re.findall(r"\s", "a\x1cb\u2003c\xa0d"))
print(re.findall(r"\d", "1٣۵"))
print(re.findall(r"\w+", "don't stop_it ñ"))
print(re.findall(r"^$", "a\n\nb", re.M))
print(re.findall(r"$", "a\nb\n"))
print(re.sub(r"a", "\\\\", "aXa"))
print(re.split(r"(?=b)", "abab"))
print(re.split(r"(b)", "abab", 1))
print(re.findall(r"[\w-]+", "a-b c_d"))
print(re.findall(r"[^\W\d]+", "ab12cd"))
print(re.sub(r"(?m)^", "> ", "one\ntwo"))
print(re.fullmatch(r"a|ab", "ab"))
print(re.match(r"(?:a|ab)c", "abc"))
print(re.findall(r"a{,2}b", "aaab"))
print(re.findall(r"\x41\u0042\U00000043", "ABC"))
print(re.escape("héllo wörld"))
print(re.search(r"\Bé", "café"))
print(re.findall(r"(?s).+", "a\nb"), re.findall(r".+", "a\nb"))
print(re.sub(r"x", lambda m: "", "axbx"))
print(re.findall(r"(\d+)(?:px)?", "10px 20 30px"))
print(re.search("(?P<a>x)(?P<b>y)?", "xz").groupdict())
m = re.search(r"(?P<first>\w+) (?P<last>\w+)", "Jane Doe")
if m:
    print(m.groupdict(), m.expand(r"\g<last>, \g<first>"))
