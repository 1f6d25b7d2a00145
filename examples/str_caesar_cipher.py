# Classic ciphers with ord/chr and str methods: Caesar, Vigenere, and cracking Caesar by letter frequency.

ALPHABET = "abcdefghijklmnopqrstuvwxyz"
ENGLISH_ORDER = "etaoinshrdlcumwfgypbvkjxqz"


def shift_char(ch, k):
    if ch.islower():
        return chr((ord(ch) - ord("a") + k) % 26 + ord("a"))
    if ch.isupper():
        return chr((ord(ch) - ord("A") + k) % 26 + ord("A"))
    return ch


def caesar(text, k):
    return "".join(shift_char(c, k) for c in text)


def vigenere(text, key, sign=1):
    out = []
    i = 0
    for c in text:
        if c.isalpha():
            out.append(shift_char(c, sign * ALPHABET.index(key[i % len(key)])))
            i += 1
        else:
            out.append(c)
    return "".join(out)


def score(text):
    counts = {}
    for c in text.lower():
        if c.isalpha():
            counts[c] = counts.get(c, 0) + 1
    total = 0
    for c, n in counts.items():
        total += n * (26 - ENGLISH_ORDER.index(c))
    return total


def crack(cipher):
    best = max(range(26), key=lambda k: score(caesar(cipher, -k)))
    return best, caesar(cipher, -best)


plain = "Attack at dawn! Meet me near the old oak tree, at seven."
for k in (1, 3, 13, 25):
    print(k, caesar(plain, k))
print("rot13 twice:", caesar(caesar(plain, 13), 13) == plain)
secret = vigenere(plain, "lemon")
print("vigenere:", secret)
print("decoded: ", vigenere(secret, "lemon", -1))
cipher = caesar("The secret meeting is moved to the station at noon tomorrow", 17)
print("cipher:", cipher)
key, guess = crack(cipher)
print("cracked key", key, "->", guess)
print("letter table:", " ".join(f"{c}{ord(c) - 96}" for c in "krait"))
