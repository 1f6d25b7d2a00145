# Word and letter statistics over a small corpus, printed as aligned tables.
TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    out = []
    for raw in text.split():
        w = raw.strip(".,;:!?").lower()
        if w:
            out.append(w)
    return out


def frequencies(items):
    counts = {}
    for it in items:
        counts[it] = counts.get(it, 0) + 1
    return counts


def top(counts, n):
    pairs = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))
    return pairs[:n]


ws = words(TEXT)
print("words:", len(ws), "distinct:", len(set(ws)))
for word, count in top(frequencies(ws), 6):
    print(f"{word:>10} {count:3d} {'#' * count}")

letters = frequencies([c for c in TEXT.lower() if c.isalpha()])
vowels = sum(letters.get(v, 0) for v in "aeiou")
print("letters:", sum(letters.values()), "vowels:", vowels, f"ratio={vowels / sum(letters.values()):.3f}")
longest = max(ws, key=len)
print("longest:", longest, len(longest))
print("average length: %.2f" % (sum(len(w) for w in ws) / len(ws)))
by_len = {}
for w in sorted(set(ws)):
    by_len.setdefault(len(w), []).append(w)
for k in sorted(by_len):
    print(k, ", ".join(by_len[k]))
