# An int | None formatted with a format spec: the int when there is one, CPython's TypeError for None.


def find(xs, target):
    for i, x in enumerate(xs):
        if x == target:
            return i
    return None


words = ["pear", "fig", "apple"]
for w in ["fig", "kiwi", "apple"]:
    at = find(words, w)
    print(f"{w:<6}|{at}|{at!r:>5}|")
    try:
        print(f"  at {at:>3}, as hex {at:#x}; {'{:03d}'.format(at)}")
    except TypeError as e:
        print("  TypeError:", e)
