# namedtuple() inside a function: its class would be made at run time, once per call.
from collections import namedtuple


def make():
    Pair = namedtuple("Pair", "a b")  # error: namedtuple\(\) other than .* at module level
    return Pair(1, 2)


print(make())
