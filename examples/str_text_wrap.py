# Text processing: word wrapping, justification, title-casing rules and a simple template substitution.

TEXT = ("Krait compiles ordinary Python programs into native executables. It infers a single type "
        "for every variable, and the executable prints exactly what the interpreter prints. "
        "Short programs build in about a second.")


def wrap(text, width):
    lines, current = [], []
    length = 0
    for word in text.split():
        if current and length + 1 + len(word) > width:
            lines.append(" ".join(current))
            current, length = [], 0
        length += len(word) + (1 if current else 0)
        current.append(word)
    if current:
        lines.append(" ".join(current))
    return lines


def justify(line, width):
    words = line.split()
    if len(words) == 1:
        return line.ljust(width)
    gaps = len(words) - 1
    spaces = width - sum(len(w) for w in words)
    out = ""
    for i, w in enumerate(words[:-1]):
        out += w + " " * (spaces // gaps + (1 if i < spaces % gaps else 0))
    return out + words[-1]


SMALL = {"a", "an", "the", "of", "in", "and", "to", "at"}


def headline(text):
    words = text.lower().split()
    return " ".join(w if i > 0 and w in SMALL else w.capitalize() for i, w in enumerate(words))


def render(template, values):
    out = template
    for key, value in values.items():
        out = out.replace("{{" + key + "}}", value)
    return out


for width in (40, 28):
    print("+" + "-" * width + "+")
    lines = wrap(TEXT, width)
    for line in lines[:-1]:
        print("|" + justify(line, width) + "|")
    print("|" + lines[-1].ljust(width) + "|")
print(headline("the lord of the rings and the return of the king"))
print(headline("A TALE OF TWO CITIES"))
print(render("Dear {{name}}, your order {{id}} ships {{when}}. {{missing}}",
             {"name": "Ada", "id": "#1042", "when": "today"}))
words = TEXT.lower().replace(".", "").replace(",", "").split()
print(len(words), "words;", "longest:", max(words, key=len), "; avg len %.2f" % (sum(map(len, words)) / len(words)))
acronym = "".join(w[0] for w in "portable network graphics".split()).upper()
print(acronym, "-".join(TEXT.split()[:3]).lower(), TEXT[:30].rstrip().swapcase())
