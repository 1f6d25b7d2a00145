# str.casefold(): caseless matching, which differs from lower() for expansions (ß -> ss) and some scripts.
diffs = []
for cp in range(0x80, 0x20000):
    if 0xD800 <= cp < 0xE000:
        continue
    s = chr(cp).casefold()
    if s != chr(cp).lower():
        diffs.append(cp)
print(len(diffs), [hex(cp) for cp in diffs[:12]])
print(sum(ord(c) for cp in diffs for c in chr(cp).casefold()))
print("Straße ΣΑΣ ﬁne µ".casefold(), "STRASSE".casefold() == "straße".casefold(), "ABC".casefold())
