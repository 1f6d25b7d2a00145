"""A cooperative scheduler: tasks are generators, a priority queue orders them by wake-up time."""

import heapq
import itertools


class Task:
    _ids = itertools.count(1)

    def __init__(self, name, gen, priority=0):
        self.id = next(Task._ids)
        self.name = name
        self.gen = gen
        self.priority = priority
        self.steps = 0
        self.done = False

    def __repr__(self):
        return f"<Task {self.id} {self.name}>"


class Scheduler:
    def __init__(self):
        self.now = 0
        self.queue = []
        self.seq = itertools.count()
        self.log = []
        self.finished = []

    def spawn(self, name, gen, priority=0, at=0):
        task = Task(name, gen, priority)
        heapq.heappush(self.queue, (at, priority, next(self.seq), task))
        return task

    def run(self, until=100):
        while self.queue:
            at, prio, _, task = heapq.heappop(self.queue)
            if at > until:
                self.log.append(f"t={self.now:3d} stop: {task.name} wants t={at}")
                break
            self.now = max(self.now, at)
            try:
                delay = next(task.gen)
                task.steps += 1
            except StopIteration:
                task.done = True
                self.finished.append(task.name)
                self.log.append(f"t={self.now:3d} {task.name} finished after {task.steps} steps")
                continue
            self.log.append(f"t={self.now:3d} {task.name:<8} step {task.steps} -> sleep {delay}")
            heapq.heappush(self.queue, (self.now + delay, prio, next(self.seq), task))
        return self.now


def worker(name, jobs, cost):
    for job in jobs:
        yield cost * len(job)


def countdown(n):
    while n > 0:
        yield n
        n -= 1


def fib_sleeper(limit):
    a, b = 1, 1
    for _ in range(limit):
        yield a
        a, b = b, a + b


def chunked(xs, size):
    it = iter(xs)
    while True:
        chunk = list(itertools.islice(it, size))
        if not chunk:
            return
        yield chunk


def running_total(xs):
    total = 0
    for x in xs:
        total += x
        yield total


s = Scheduler()
s.spawn("mailer", worker("mailer", ["a", "bb", "ccc"], 2), priority=1)
s.spawn("count", countdown(4))
s.spawn("fib", fib_sleeper(6), priority=2, at=3)
late = s.spawn("late", countdown(2), at=500)
end = s.run(until=60)
print("\n".join(s.log))
print("ended at", end, "finished:", s.finished, "late done:", late.done, late)
print(list(chunked(range(10), 4)))
print(list(running_total([3, 1, 4, 1, 5, 9, 2, 6])))
print(list(itertools.accumulate([3, 1, 4, 1, 5], max)))
pairs = list(itertools.combinations("abcd", 2))
print(len(pairs), pairs[:3])
print(list(itertools.chain.from_iterable([[1, 2], [3], []])))
grouped = {k: list(g) for k, g in itertools.groupby(sorted("mississippi"))}
print(grouped)
print(list(itertools.zip_longest("ab", "wxyz", fillvalue="-")))
print(list(itertools.takewhile(lambda x: x < 10, itertools.count(1, 3))))
g = countdown(3)
print(next(g), next(g), next(g), next(g, 0))
print(sum(fib_sleeper(10)), max(countdown(7)), sorted(worker("w", ["xx", "y"], 5)))
