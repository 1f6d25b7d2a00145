# String manipulation: anagrams, palindromes, ciphers, run-length encoding, word ladders.
def rle(s):
    out = []
    i = 0
    while i < len(s):
        j = i
        while j < len(s) and s[j] == s[i]:
            j += 1
        out.append(f"{j - i}{s[i]}")
        i = j
    return "".join(out)


def unrle(s):
    out = ""
    num = ""
    for ch in s:
        if ch.isdigit():
            num += ch
        else:
            out += ch * int(num)
            num = ""
    return out


def rot(s, k):
    res = []
    for ch in s:
        if "a" <= ch <= "z":
            res.append(chr((ord(ch) - 97 + k) % 26 + 97))
        elif "A" <= ch <= "Z":
            res.append(chr((ord(ch) - 65 + k) % 26 + 65))
        else:
            res.append(ch)
    return "".join(res)


words = ["listen", "silent", "enlist", "google", "gooegl", "cat", "act", "tac", "dog", "level", "noon"]
groups = {}
for w in words:
    groups.setdefault("".join(sorted(w)), []).append(w)
for key in sorted(groups):
    print(key, groups[key])
print([w for w in words if w == w[::-1]])
enc = rle("aaabccddddde")
print(enc, unrle(enc), unrle(enc) == "aaabccddddde")
msg = "Hello, World! The quick brown fox."
print(rot(msg, 13), rot(rot(msg, 13), 13) == msg)
print(msg.upper(), msg.lower(), msg.swapcase(), msg.title())
print(msg.split(), msg.replace("o", "0", 2), msg.count("o"), msg.find("World"), msg.rfind("o"))
print("-".join(reversed(msg.split())), msg.center(40, "*"), "|" + msg[:5].ljust(8) + "|" + msg[-4:].rjust(8) + "|")
print(" x ".strip(), "xxhixx".strip("x"), "a,b,,c".split(","), "  a  b  ".split(), "line1\nline2\n".splitlines())
print(ord("A"), chr(9731), "ß".upper(), "ǅ".lower(), len("héllo"), "héllo"[1], "naïve café".title())
