"""Word ladders: BFS over a word graph built from wildcard buckets, plus bidirectional search."""
from collections import deque, defaultdict
import string

WORDS = """
cold cord card ward warm word worm wore core care cane lane lone line fine fire
hire here hare bare bore more mare mark park part port post pest best bust must
mist list lost cost cast case cave gave give live love dove dome come came game
gate hate have hive wive wine mine mind kind find fond bond band hand hard lard
lord load road read head heal heat beat boat coat cost""".split()


def buckets(words):
    table = defaultdict(list)
    for w in words:
        for i in range(len(w)):
            table[w[:i] + "_" + w[i + 1:]].append(w)
    return table


def neighbours(word, table):
    seen = set()
    for i in range(len(word)):
        for other in table[word[:i] + "_" + word[i + 1:]]:
            if other != word and other not in seen:
                seen.add(other)
                yield other


def ladder(start, goal, table):
    if start == goal:
        return [start]
    parent = {start: None}
    queue = deque([start])
    while queue:
        word = queue.popleft()
        for nxt in neighbours(word, table):
            if nxt in parent:
                continue
            parent[nxt] = word
            if nxt == goal:
                path = []
                cur = goal
                while cur is not None:
                    path.append(cur)
                    cur = parent[cur]
                return path[::-1]
            queue.append(nxt)
    return None


def bidirectional(start, goal, table):
    if start == goal:
        return 0, 1
    front, back = {start}, {goal}
    seen = {start, goal}
    steps = 0
    expanded = 0
    while front and back:
        if len(front) > len(back):
            front, back = back, front
        steps += 1
        nxt = set()
        for w in sorted(front):
            expanded += 1
            for n in neighbours(w, table):
                if n in back:
                    return steps, expanded
                if n not in seen:
                    seen.add(n)
                    nxt.add(n)
        front = nxt
    return -1, expanded


def components(words, table):
    comp = {}
    sizes = []
    for w in sorted(words):
        if w in comp:
            continue
        idx = len(sizes)
        comp[w] = idx
        stack = [w]
        size = 0
        while stack:
            cur = stack.pop()
            size += 1
            for n in neighbours(cur, table):
                if n not in comp:
                    comp[n] = idx
                    stack.append(n)
        sizes.append(size)
    return comp, sizes


def eccentricity(word, table):
    dist = {word: 0}
    q = deque([word])
    while q:
        cur = q.popleft()
        for n in neighbours(cur, table):
            if n not in dist:
                dist[n] = dist[cur] + 1
                q.append(n)
    far = max(dist.values())
    farthest = sorted(w for w, d in dist.items() if d == far)
    return far, farthest


def main():
    words = list(dict.fromkeys(WORDS))  # keep order, drop the duplicate
    print(f"{len(words)} distinct words (of {len(WORDS)})")
    table = buckets(words)
    busiest = sorted(table.items(), key=lambda kv: (-len(kv[1]), kv[0]))[:5]
    for pattern, ws in busiest:
        print(f"  {pattern}: {' '.join(ws)}")

    for a, b in [("cold", "warm"), ("fire", "lane"), ("head", "boat"), ("mist", "game"),
                 ("band", "dove"), ("word", "word"), ("mark", "kind")]:
        path = ladder(a, b, table)
        steps, expanded = bidirectional(a, b, table)
        if path is None:
            print(f"{a} -> {b}: no ladder (bidirectional says {steps}, expanded {expanded})")
        else:
            print(f"{a} -> {b}: {' > '.join(path)} ({len(path) - 1} steps; bidi {steps}, expanded {expanded})")

    comp, sizes = components(words, table)
    print("component sizes:", sorted(sizes, reverse=True))
    loners = [w for w in words if sizes[comp[w]] == 1]
    print("isolated words:", ", ".join(loners) or "none")

    degree = {w: sum(1 for _ in neighbours(w, table)) for w in words}
    top = sorted(degree, key=lambda w: (-degree[w], w))[:6]
    print("most connected:", [(w, degree[w]) for w in top])
    far, farthest = eccentricity("cold", table)
    print(f"farthest from cold: {far} steps -> {farthest}")

    letters = "".join(sorted(set("".join(words))))
    missing = [c for c in string.ascii_lowercase if c not in letters]
    print("letters used:", letters)
    print("never used:", "".join(missing))
    first = defaultdict(int)
    for w in words:
        first[w[0]] += 1
    row = " ".join(f"{k}{v}" for k, v in sorted(first.items()))
    print("first letters:", row)


main()
