# a dict annotation on a defaultdict, Counter or OrderedDict
from collections import Counter, OrderedDict, defaultdict


def group(words: list[str]) -> dict[str, list[str]]:
    out: dict[str, list[str]] = defaultdict(list)
    for w in words:
        out[w[0]].append(w)
    return out


def tally(words: list[str]) -> dict[str, int]:
    return Counter(words)


def ordered(pairs: list[tuple[str, int]]) -> dict:
    return OrderedDict(pairs)


g = group(["apple", "avocado", "banana"])
print(sorted(g.items()), g["zz"])
print(sorted(tally(["a", "b", "a"]).items()))
print(ordered([("x", 1), ("y", 2)]))
