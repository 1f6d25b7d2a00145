# Narrowing of a variable that may be None, up to the statement that rebinds it.

prev = {5: 4, 4: 2, 2: 1, 1: None}


def path_to_root(start):
    cur = start
    path = []
    while cur is not None:
        path.append(cur)
        cur = prev[cur]
    return path


print(path_to_root(5), path_to_root(2))


def walk_linked(nexts, start):
    total = 0
    node = start
    while node is not None:
        total += node * 10
        node = nexts.get(node)
    return total


print(walk_linked({1: 2, 2: 3}, 1))


def first_even(xs):
    found = None
    for x in xs:
        if x % 2 == 0:
            found = x
            break
    if found is None:
        return -1
    doubled = found * 2
    found = None
    return doubled


print(first_even([3, 5, 8, 10]), first_even([1]))


def countdown(n):
    best = None
    if n > 0:
        best = n
    if best is not None:
        out = []
        while best > 0:
            out.append(best)
            best -= 2
        return out
    return []


print(countdown(7), countdown(0))


def retry(limits):
    left = limits.get("tries")
    msgs = []
    while left is not None and left > 0:
        msgs.append("try %d" % left)
        left = left - 1 if left > 1 else None
    return msgs


print(retry({"tries": 3}), retry({}))


def climb(x):
    # the rebinding sits inside an if: the test before it still checks for None at run time
    y = x
    steps = []
    while y is not None:
        if y > 6:
            y = None
        else:
            steps.append(y)
            y = y + 3
    return steps


print(climb(1), climb(10))


def after_loop(xs):
    # f([]) gets a specialization of its own, where last is only ever None
    last = None
    for x in xs:
        last = x
    if last is None:
        return "empty"
    return "last+1 = " + str(last + 1)


print(after_loop([4, 7]), after_loop([]))
