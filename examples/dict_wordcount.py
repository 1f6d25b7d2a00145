# Word frequencies with a dict: get, setdefault, sorting items by count, grouping words by first letter.

TEXT = """It was the best of times, it was the worst of times, it was the age of
wisdom, it was the age of foolishness, it was the epoch of belief, it was the
epoch of incredulity, it was the season of Light, it was the season of Darkness,
it was the spring of hope, it was the winter of despair."""


def words(text):
    cleaned = text.lower().replace(",", " ").replace(".", " ")
    return cleaned.split()


counts = {}
for w in words(TEXT):
    counts[w] = counts.get(w, 0) + 1
print(len(counts), "distinct words out of", sum(counts.values()))
top = sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:6]
for word, n in top:
    print(f"{word:>8} {n:3} {'#' * n}")
by_letter = {}
for w in counts:
    by_letter.setdefault(w[0], []).append(w)
for letter in sorted(by_letter):
    print(letter, ":", ", ".join(sorted(by_letter[letter])))
once = [w for w, n in counts.items() if n == 1]
print("hapax legomena:", len(once), once[:5])
lengths = {}
for w in counts:
    lengths[len(w)] = lengths.get(len(w), 0) + counts[w]
print("tokens by length:", dict(sorted(lengths.items())))
print("first inserted:", list(counts)[:4], " last:", list(counts.keys())[-1])
print("'age' in counts:", "age" in counts, " 'youth' in counts:", "youth" in counts)
print("count of 'youth':", counts.get("youth"), counts.get("youth", 0))
