# an empty list annotated list[str] that stays empty takes str as its element type (not a guessed int)
class Line:
    def __init__(self, no, text):
        self.no = no
        self.text = text


def number(lines):
    return [Line(i + 1, t) for i, t in enumerate(lines)]


def show(lines):
    return "|".join(f"{ln.no}:{ln.text.upper()}" for ln in number(lines))


none: list[str] = []
print(repr(show(["a", "b"])), repr(show(none)))

totals: list[float] = []
totals.append(1)
totals.append(2)
print(totals, sum(totals) / len(totals))

flags: list[bool] = []
print(any(flags), all(flags), flags)
