"""Operators on an object or date that may be None, after a test proved it is not."""
from datetime import date


class Version:
    def __init__(self, major, minor):
        self.major = major
        self.minor = minor

    def __lt__(self, other):
        return (self.major, self.minor) < (other.major, other.minor)

    def __add__(self, n):
        return Version(self.major, self.minor + n)

    def __repr__(self):
        return f"Version({self.major}, {self.minor})"


def parse(text):
    if "." not in text:
        return None
    a, b = text.split(".")
    return Version(int(a), int(b))


def due_date(day):
    return date(2024, 3, day) if day else None


for text in ["1.2", "bad", "0.9"]:
    v = parse(text)
    if v is not None and v < Version(1, 0):
        print(text, "is old:", v + 1)
    elif v is None:
        print(text, "does not parse")
    else:
        print(text, "is current:", v)

today = date(2024, 3, 10)
for day in [5, 0, 20]:
    due = due_date(day)
    if due is None:
        print("no due date")
        continue
    late = due < today
    print(due.isoformat(), "late" if late else "on time", (due - today).days)
