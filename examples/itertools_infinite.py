# itertools: the infinite iterators count, cycle and repeat, cut short by islice, zip and break.
import itertools
from itertools import count, cycle, islice, repeat


def take(n: int, it) -> list:
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out


print(list(islice(count(), 5)))
print(list(islice(count(10), 3)), list(islice(count(10, -3), 4)))
print(list(islice(count(0.5, 0.25), 5)), list(islice(count(1.0, 1), 3)))
print(list(zip(count(1), "abc")))

c = count(100, 7)
print(next(c), next(c), next(c))
for n in c:
    if n > 140:
        print("first past 140:", n)
        break
print("continues at", next(c))

# cycle remembers the first pass and replays it
colors = cycle(["red", "green", "blue"])
print([next(colors) for _ in range(7)])
print(list(islice(cycle("ab"), 5)), list(islice(cycle(range(3)), 8)))
print(list(cycle([])))
print(take(4, cycle([1.5])))

# repeat, with and without a count
print(list(repeat("x", 4)), list(repeat(7, 0)), list(repeat(1, -3)))
print([pow(b, e) for b, e in zip(range(5), repeat(2))])
print(list(islice(repeat([1, 2]), 2)))
print(sum(repeat(3, 10)), list(zip("abc", repeat(0))))

# a round-robin schedule from a cycle and a counter
workers = ["ann", "bob", "cid"]
jobs = ["build", "test", "lint", "deploy", "docs"]
for job, worker, number in zip(jobs, cycle(workers), count(1)):
    print(number, job, "->", worker)

# comprehensions and sorted() over infinite iterators cut by islice
evens = [n for n in islice(count(0, 2), 6) if n % 3 != 0]
print(evens, sorted(islice(cycle([3, 1, 2]), 7), reverse=True))
print(max(islice(itertools.count(5, 5), 4)), min(itertools.repeat(9, 3)))
