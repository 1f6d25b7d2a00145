# str.isprintable and str.isascii, ASCII and beyond (format characters, separators, emoji).
for s in ["abc", "a\tb", "é", "", " ", "\x7f", "a\u200bb", "日本", "\u00ad", "\U0001F600", "line\n", "\u2028", "\xa0"]:
    print(repr(s), s.isprintable(), s.isascii())
print([c for c in "tab\there\x00!" if not c.isprintable()], "naïve".isascii(), "plain".isascii())
