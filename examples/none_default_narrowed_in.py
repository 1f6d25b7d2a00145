"""`only is None or x in only` in the specialization where only is always None."""


def pick(items, only=None):
    out = []
    for x in items:
        if only is None or x in only:
            out.append(x)
    return ", ".join(out) or "-"


def pick_comp(items, only=None):
    return [x for x in items if only is None or x not in only]


print(pick(["a", "b", "c"]))
print(pick(["a", "b", "c"], only=["b", "c"]))
print(pick_comp([1, 2, 3]), pick_comp([1, 2, 3], {2}))


def skipped(tags, only=None):
    if only and not set(tags) & set(only):
        return True
    return only is not None and len(only) > 2


print(skipped(["a"]), skipped(["a"], ["b"]), skipped(["a"], ["a", "b"]))
