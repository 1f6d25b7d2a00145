"""len() of a list, str or object that may be None raises CPython's TypeError (not a crash)."""


class Box:
    def __init__(self, items):
        self.items = items

    def __len__(self):
        return len(self.items)


def find_list(n):
    return [1, 2, 3][:n] if n else None


def find_box(n):
    return Box(list(range(n))) if n else None


def find_name(n):
    return "abc"[:n] if n else None


for n in (2, 0):
    for finder in ("list", "box", "name"):
        try:
            if finder == "list":
                size = len(find_list(n))
            elif finder == "box":
                size = len(find_box(n))
            else:
                size = len(find_name(n))
            print(finder, n, size)
        except TypeError as exc:
            print(finder, n, "TypeError:", exc)
