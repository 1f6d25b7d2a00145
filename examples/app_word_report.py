"""Word statistics of a text with a formatted report (f-strings and str.format mini-language)."""

from collections import Counter
import string

TEXT = """\
It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of
incredulity, it was the season of Light, it was the season of Darkness, it was
the spring of hope, it was the winter of despair, we had everything before us,
we had nothing before us, we were all going direct to Heaven, we were all going
direct the other way - in short, the period was so far like the present period,
that some of its noisiest authorities insisted on its being received, for good
or for evil, in the superlative degree of comparison only.
"""

STOP = {"the", "of", "it", "was", "we", "to", "in", "on", "its", "or", "for", "so", "that", "all", "had"}


def words_of(text):
    cleaned = "".join(c for c in text if c not in string.punctuation)
    return [w.lower() for w in cleaned.split()]


def sentence_lengths(text):
    lengths = []
    for line in text.splitlines():
        lengths.append(len(line.split()))
    return lengths


def histogram(counts, width=30):
    top = max(counts.values())
    lines = []
    for word, n in counts.most_common(8):
        bar = "#" * round(n / top * width)
        lines.append("{:>12} | {:<30} | {:3d}".format(word, bar, n))
    return lines


def main():
    words = words_of(TEXT)
    counts = Counter(words)
    content = Counter(w for w in words if w not in STOP)
    print(f"{'words':<20}{len(words):>10,}")
    print(f"{'distinct':<20}{len(counts):>10,}")
    print(f"{'characters':<20}{len(TEXT):>10,}")
    print(f"{'avg word length':<20}{sum(map(len, words)) / len(words):>10.3f}")
    print(f"{'lexical density':<20}{len(content) / len(counts):>10.1%}")
    print()
    print("\n".join(histogram(counts)))
    print()
    print("Top content words:")
    for rank, (word, n) in enumerate(content.most_common(6), start=1):
        print(f"{rank:>2}. {word:.<15}{n:.>4}  {n / len(words):6.2%}")
    print()
    by_length = {}
    for w in sorted(set(words)):
        by_length.setdefault(len(w), []).append(w)
    for length in sorted(by_length):
        ws = by_length[length]
        shown = ", ".join(ws[:4]) + (", ..." if len(ws) > 4 else "")
        print("{0:2d} letters: {1:3d} word(s)  {2}".format(length, len(ws), shown))
    print()
    lengths = sentence_lengths(TEXT)
    print("line lengths:", lengths, "max at line", lengths.index(max(lengths)) + 1)
    letters = Counter(c for c in TEXT.lower() if c.isalpha())
    vowels = sum(letters[v] for v in "aeiou")
    print("vowels {:d} of {:d} letters = {:.2f}".format(vowels, sum(letters.values()), vowels / sum(letters.values())))
    print("least common letters:", sorted(letters.items(), key=lambda kv: (kv[1], kv[0]))[:5])
    caps = [w for w in TEXT.split() if w[0].isupper()]
    print("capitalised:", caps)
    print("{:^40}".format(" TOTALS "))
    print("{:*^40}".format(" %d words " % len(words)))
    print("{:+08.2f} {:x} {:o} {:b} {:e}".format(3.14159, 255, 8, 5, 12345.678))
    print("{:,} {:_} {:>+10,.1f}".format(1234567, 7654321, -9876.54))
    print(f"{'left':<10}|{'center':^10}|{'right':>10}|")
    print(f"{42!r:>6} {'quote'!r:>10} {3.0!s:>5}")
    acronym = "".join(w[0].upper() for w in "portable network graphics".split())
    print(acronym, acronym.lower().center(9, "-"), "abc".zfill(6), "x".ljust(3, "."), "7".rjust(3, "0"))
    print(TEXT.count("it was"), TEXT.find("wisdom"), TEXT.rfind("period"), TEXT.startswith("It"))
    title = "a tale of two cities"
    print(title.title(), title.capitalize(), title.upper().split(" ", 2), title.replace(" ", "_", 2))
    print(" | ".join(f"{w}:{len(w)}" for w in title.split()))


main()
