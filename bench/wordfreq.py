# Dict-heavy word frequency over generated pseudo-English text: counting, bigrams, and the top entries.

SYLLABLES = ["ka", "ra", "it", "py", "th", "on", "co", "de", "mi", "le", "st", "ar", "en", "qu", "ix", "zo"]


class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return (self.state >> 8) % n


def make_vocabulary(rng, size):
    words = []
    for _ in range(size):
        length = 1 + rng.next(3) + rng.next(2)
        words.append("".join(SYLLABLES[rng.next(len(SYLLABLES))] for _ in range(length)))
    return words


def generate(rng, vocab, count):
    out = []
    for _ in range(count):
        # skewed choice: low indexes are far more common (Zipf-like)
        i = rng.next(len(vocab))
        i = i * rng.next(len(vocab)) // len(vocab)
        out.append(vocab[i])
    return out


def count_words(words):
    counts = {}
    for w in words:
        counts[w] = counts.get(w, 0) + 1
    return counts


def count_bigrams(words):
    pairs = {}
    prev = words[0]
    for w in words[1:]:
        key = prev + " " + w
        if key in pairs:
            pairs[key] += 1
        else:
            pairs[key] = 1
        prev = w
    return pairs


def by_length(counts):
    lengths = {}
    for w, n in counts.items():
        lengths.setdefault(len(w), []).append(n)
    return {k: sum(v) for k, v in sorted(lengths.items())}


rng = Rng(2024)
vocab = make_vocabulary(rng, 5000)
text = generate(rng, vocab, 600000)
counts = count_words(text)
pairs = count_bigrams(text)
print("tokens", len(text), "distinct", len(counts), "bigrams", len(pairs))
for w, n in sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))[:5]:
    print(w, n)
print(max(pairs.items(), key=lambda kv: (kv[1], kv[0])))
print(by_length(counts))
