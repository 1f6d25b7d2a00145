# `x in s` where s is an empty default container nothing is ever stored in: its element type
# is only a guess and need not match the item's.
class Cell:
    def __init__(self, x, y):
        self.x = x
        self.y = y


def render(cells, marks=frozenset()):
    return "".join("*" if c in marks else "." for c in cells)


def visible(words, hidden=set(), aliases={}):
    return [w for w in words if w not in hidden and w not in aliases]


def tags(items, banned=[]):
    return sum(1 for i in items if i in banned)


cells = [Cell(i, 0) for i in range(5)]
print(render(cells), render(cells, frozenset([cells[1], cells[3]])))
print(visible(["a", "b", "c"]), visible(["a", "b", "c"], {"b"}))
print(tags([(1, 2), (3, 4)]))
