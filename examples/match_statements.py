# match statements: literal, capture, wildcard, or, sequence (with *rest), mapping, class patterns
# (positional through __match_args__ and dataclass fields, keyword, nested), guards, value patterns.

from dataclasses import dataclass
from enum import Enum, auto


class State(Enum):
    IDLE = auto()
    RUNNING = auto()
    DONE = auto()


def handle(cmd, state):
    match cmd.split():
        case ["start"] if state is State.IDLE:
            return State.RUNNING, "started"
        case ["stop"]:
            return State.DONE, "stopped"
        case ["say", word]:
            return state, "said " + word
        case ["add", *nums]:
            return state, str(sum(int(n) for n in nums))
        case []:
            return state, "empty"
        case _:
            return state, "unknown: " + cmd


def classify(x):
    match x:
        case 0:
            return "zero"
        case 1 | 2 | 3:
            return "small"
        case n if n < 0:
            return "negative"
        case _:
            return "big"


state = State.IDLE
for cmd in ["say hi", "start", "start", "add 1 2 3", "", "jump", "stop"]:
    state, msg = handle(cmd, state)
    print(f"{cmd!r:12} -> {state.name:8} {msg}")
print([classify(v) for v in (0, 2, -5, 99)])
print(State.RUNNING.value, State["DONE"], list(State), State(1))




@dataclass
class Point:
    x: float
    y: float


class Shape:
    pass


class Circle(Shape):
    __match_args__ = ("center", "r")

    def __init__(self, center, r):
        self.center = center
        self.r = r


class Rect(Shape):
    __match_args__ = ("corner", "w", "h")

    def __init__(self, corner, w, h):
        self.corner = corner
        self.w = w
        self.h = h


def describe(shape):
    match shape:
        case Circle(Point(0.0, 0.0), r):
            return f"circle at origin, r={r}"
        case Circle(center=Point(x=cx), r=r) if r > 10:
            return f"big circle, x={cx}"
        case Circle(c, r):
            return f"circle at ({c.x}, {c.y}) r={r}"
        case Rect(_, w, h) if w == h:
            return f"square {w}"
        case Rect(corner=p, w=w):
            return f"rect at {p.x} width {w}"
        case _:
            return "other"


shapes = [Circle(Point(0.0, 0.0), 1.0), Circle(Point(1.0, 2.0), 20.0), Circle(Point(3.0, 4.0), 2.0),
          Rect(Point(0.0, 0.0), 2.0, 2.0), Rect(Point(5.0, 5.0), 1.0, 3.0), Shape()]
for s in shapes:
    print(describe(s))


def parse_config(entry):
    match entry:
        case {"type": "user", "name": name, "age": age}:
            return f"user {name} ({age})"
        case {"type": "group", "name": name}:
            return "group " + name
        case {"type": kind}:
            return "unknown kind " + kind
        case _:
            return "invalid"


for e in [{"type": "user", "name": "ann", "age": "31"}, {"type": "group", "name": "admins"},
          {"type": "robot"}, {"name": "x"}]:
    print(parse_config(e))


def route(path):
    match path.strip("/").split("/"):
        case [""]:
            return "home"
        case ["users"]:
            return "user list"
        case ["users", uid] if uid.isdigit():
            return f"user #{int(uid)}"
        case ["users", uid, *rest]:
            return f"user {uid} sub {'/'.join(rest)}"
        case [first, *_, last]:
            return f"{first}..{last}"
        case other:
            return "?" + str(other)


for p in ["/", "/users", "/users/42", "/users/bob/posts/7", "/a/b/c", "/x"]:
    print(p, "->", route(p))

for value in [(0, 0), (1, 0), (0, 5), (3, 4)]:
    match value:
        case (0, 0):
            print("origin")
        case (x, 0):
            print("on x axis", x)
        case (0, y):
            print("on y axis", y)
        case (x, y):
            print("point", x, y)

for v in [None, "yes", "hello"]:
    match v:
        case None:
            print("none")
        case "yes":
            print("yes!")
        case _:
            print("value", v)
