# String-heavy text processing: build a document, then split/join/replace/strip/upper, a word index, and a checksum.


def make_document(paragraphs):
    subjects = ["The compiler", "A program", "Every variable", "The runtime", "This benchmark", "Our parser"]
    verbs = ["reads", "writes", "checks", "builds", "replaces", "joins", "splits"]
    objects = ["the source text", "a list of tokens", "every line", "native code", "the output", "small strings"]
    lines = []
    for p in range(paragraphs):
        sentences = []
        for s in range(6):
            k = p * 7 + s * 3
            sentence = subjects[k % 6] + " " + verbs[(k // 2) % 7] + " " + objects[(k + p) % 6]
            sentences.append(sentence + ("." if s % 3 else ", quickly."))
        lines.append("  " + " ".join(sentences) + "  ")
    return "\n".join(lines)


def normalise(doc):
    out = []
    for line in doc.split("\n"):
        line = line.strip().lower()
        line = line.replace(",", "").replace(".", " .")
        out.append(" ".join(line.split()))
    return out


def word_index(lines):
    index = {}
    for n, line in enumerate(lines):
        for w in line.split(" "):
            if w != "." and len(w) > 2:
                index.setdefault(w, []).append(n)
    return index


def title_case(line):
    return " ".join(w[:1].upper() + w[1:] for w in line.split(" "))


def checksum(text):
    h = 0
    for ch in text:
        h = (h * 131 + ord(ch)) % 4294967291
    return h


doc = make_document(30000)
lines = normalise(doc)
index = word_index(lines)
titled = [title_case(l) for l in lines[:20000]]
joined = "|".join(titled)
print(len(doc), len(lines), len(index))
print(sorted((len(v), k) for k, v in index.items())[-3:])
print(joined.count("|"), joined.count("The"), joined.find("Native Code"), len(joined.replace(" ", "")))
print(checksum(joined[:1500000]), titled[7][:60])
