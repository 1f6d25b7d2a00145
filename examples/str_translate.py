# str.maketrans and str.translate: ciphers, complements and character cleanup.
import string

lower = string.ascii_lowercase
upper = string.ascii_uppercase
rot13 = str.maketrans(lower + upper, lower[13:] + lower[:13] + upper[13:] + upper[:13])
secret = "Why did the chicken cross the road?".translate(rot13)
print(secret)
print(secret.translate(rot13))

complement = str.maketrans("ACGT", "TGCA")
for strand in ["ATGCGT", "GATTACA", ""]:
    print(repr(strand), "->", repr(strand.translate(complement)[::-1]))

no_punct = str.maketrans("", "", string.punctuation)
words = "Hello, world! It's a fine day; isn't it?".translate(no_punct).lower().split()
print(words)

table = str.maketrans("ab", "AB", "xyz")
print(table)
print("abxcaybz".translate(table))

leet = str.maketrans({"a": "4", "e": "3", "l": "1", "o": "0", "t": "7", "s": None})
print("let us test the translator".translate(leet))
print(leet)

accents = {ord("é"): "e", ord("è"): "e", ord("à"): "a", ord("ç"): "c", ord("ß"): "ss", ord("œ"): "oe"}
print("Voilà: ça, c'est très émouvant; Straße, cœur".translate(accents))

by_code = {ord("0") + d: chr(0x2080 + d) for d in range(10)}
print("H2O + CO2 -> H2CO3".translate(by_code))
drop_digits = dict.fromkeys(map(ord, string.digits))
print("r2d2 and c3po".translate(drop_digits))
print(str.maketrans({97: "alpha", 98: None}))
print("abcab".translate(str.maketrans({97: "alpha", 98: None})))
print("str keys find nothing".translate({"s": "S"}))

for bad in [("abc", "de"), ("", "x")]:
    try:
        str.maketrans(bad[0], bad[1])
    except ValueError as e:
        print("ValueError:", e)
try:
    str.maketrans({"ab": "x"})
except ValueError as e:
    print("ValueError:", e)
try:
    print("abc".translate({ord("b"): 0x110000}))
except ValueError as e:
    print("ValueError:", e)
print("abc".translate({ord("b"): 0x1F40D}))
