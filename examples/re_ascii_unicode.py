# One pattern run on ASCII and on non-ASCII subjects: Krait runs ASCII subjects through a byte
# build of the pattern, which must match exactly what the Unicode build matches.
import re

PATTERNS = [
    (r"\d+", 0), (r"\w+", 0), (r"\s+", 0), (r"\S+", 0), (r"\W+", 0), (r"\D+", 0),
    (r"\bk\w*", re.I), (r"K", re.I), (r"\u212a", re.I), (r"s+", re.I), (r"\u017f", re.I),
    (r"[a-z]+", re.I), (r"[^a-z]+", re.I), (r"\x41+", re.I), (r"\x1c|\x1f", 0), (r"\s", re.A),
    (r"(\w)\1", re.I), (r"(?<=\d)x", 0), (r"^\w+$", re.M), (r".+", 0), (r".+", re.S),
    (r"(?i)[k-m]+", 0), (r"\xe9", re.I), (r"[\u00e0-\u00ff]+", 0), (r"\w+", re.A),
    (r"(?P<word>[A-Za-z]+)-(?P<num>\d+)?", 0), (r"", 0), (r"x*", 0), (r"(?x) \d + # digits", 0),
]
SUBJECTS = [
    "Kk kelvin KELVIN sss SSS 12 345", "Kk \u212aelvin \u017f\u017f 12 \u0663\u0664",
    "a\x1cb\x1fc\td\ne  f", "caf\u00e9 CAF\u00c9 na\u00efve", "foo-12 bar- baz-7 AA aa Bb",
    "3x 4x yx", "one\ntwo\nthree four\n", "", "xx yy", "\u00e9\u00c9e",
]

for pat, flags in PATTERNS:
    rx = re.compile(pat, flags)
    for s in SUBJECTS:
        found = [(m.start(), m.end(), m.group()) for m in rx.finditer(s)]
        m = rx.match(s)
        f = rx.fullmatch(s)
        print(repr(pat), rx.flags, repr(s), found, m.span() if m else None, f is not None,
              rx.sub("<\\g<0>>", s), rx.split(s)[:6] if rx.groups == 0 else [])
        m2 = rx.search(s, 2, 9)
        if rx.groups <= 1:
            print("  ", m2.span() if m2 else None, rx.findall(s)[:5])
        else:
            print("  ", m2.span() if m2 else None, [m.group(1) for m in rx.finditer(s)])
