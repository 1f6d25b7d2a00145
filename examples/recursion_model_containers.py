# a recursive function that passes itself a defaultdict or deque made anew at each level
from collections import defaultdict, deque

def search(chosen, reqs, depth):
    if depth == 3:
        return chosen
    new_chosen = dict(chosen)
    new_chosen[depth] = str(depth)
    new_reqs = defaultdict(list, {k: list(v) for k, v in reqs.items()})
    new_reqs[depth].append(depth * 2)
    return search(new_chosen, new_reqs, depth + 1)

r = defaultdict(list)
print(search({}, r, 0))


def search2(reqs, depth):
    if depth == 3:
        return reqs
    new_reqs = defaultdict(list)
    for k, v in reqs.items():
        new_reqs[k] = list(v)
    new_reqs[depth].append(depth * 2)
    return search2(new_reqs, depth + 1)

r = defaultdict(list)
print(dict(search2(r, 0)))



def walk(queue, seen):
    if not queue:
        return seen
    item = queue[0]
    rest = deque(list(queue)[1:])
    if item < 4:
        rest.append(item * 2 + 1)
    return walk(rest, seen + [item])


print(walk(deque([1]), []))
