# Patterns that are one character set repeated (Krait scans ASCII subjects for them without
# PCRE2) and their neighbours that are not, through every re function, on ASCII and non-ASCII text.
import re
PATS = [r"[^A-Za-z]+", r"[a-z]+", r"\d+", r"\s+", r"\S+", r"\w+", r"\W+", r"\D+", r"[\d.]+", r"[]a]+",
        r"[^]a]+", r"[a-]+", r"[-a]+", r"[\]]+", r"[\-a]+", r"[\\x]+", r"(\s+)", r"([,;])", r"([,;]+)",
        r"[\t ]+", r"[^\n]+", r"[\s\d]+", r"[^\s\d]+", r"[!-/]+", r"[\w\-]+", r"[\x41-\x43]+", r"[a\b]+",
        r"[^\W\d]+", r"[\.\,]+", r"[0-9a-fA-F]+", r"[\S]+", r"[a-c\s]+", r"[\n\r\f\v]+", r"[\a]+"]
SUBJ = ["Hello, world; 12.5 apples\tand\n 3 pears!", "a]b]-\\x\\ab", "  ", "", "abc", "x\x1cy\x1f z\x0bq\x07",
        "caf\u00e9 na\u00efve 12", "ABCDEFabc,;,; -- ,", "deadBEEF 0x1f", "a\bb\b"]
for p in PATS:
    for fl in (0, re.A, re.M):
        rx = re.compile(p, fl)
        for s in SUBJ:
            m = rx.match(s)
            f = rx.fullmatch(s)
            se = rx.search(s, 3, 12)
            print(p, rx.flags, repr(s), rx.findall(s), rx.split(s), rx.sub("<>", s), rx.subn("[\\g<0>]", s, 2),
                  m.span() if m else None, f.span() if f else None, se.span() if se else None,
                  [(x.start(), x.end()) for x in rx.finditer(s, 1)])
