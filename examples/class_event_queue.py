# A discrete-event simulation: Event objects ordered by __lt__ in a hand-written binary heap, with class-level counters.


class Event:
    created = 0

    def __init__(self, time, kind, customer):
        self.time = time
        self.kind = kind
        self.customer = customer
        Event.created += 1
        self.seq = Event.created

    def __lt__(self, other):
        return (self.time, self.seq) < (other.time, other.seq)

    def __repr__(self):
        return f"<{self.time:>3} {self.kind} #{self.customer}>"


class Heap:
    def __init__(self):
        self.a = []

    def push(self, item):
        a = self.a
        a.append(item)
        i = len(a) - 1
        while i > 0 and a[i] < a[(i - 1) // 2]:
            a[i], a[(i - 1) // 2] = a[(i - 1) // 2], a[i]
            i = (i - 1) // 2

    def pop(self):
        a = self.a
        top = a[0]
        last = a.pop()
        if a:
            a[0] = last
            i = 0
            while True:
                small = i
                for child in (2 * i + 1, 2 * i + 2):
                    if child < len(a) and a[child] < a[small]:
                        small = child
                if small == i:
                    break
                a[i], a[small] = a[small], a[i]
                i = small
        return top

    def __len__(self):
        return len(self.a)


arrivals = [0, 2, 3, 3, 9, 10, 11, 20, 21, 22]
service = [5, 4, 6, 2, 3, 7, 1, 4, 4, 2]
queue = Heap()
for cust, t in enumerate(arrivals):
    queue.push(Event(t, "arrive", cust))
free_at = 0
waits = []
while len(queue):
    ev = queue.pop()
    if ev.kind == "arrive":
        start = max(ev.time, free_at)
        waits.append(start - ev.time)
        free_at = start + service[ev.customer]
        queue.push(Event(free_at, "depart", ev.customer))
    print(ev, "server free at", free_at)
print("waits:", waits, "average %.2f" % (sum(waits) / len(waits)), "events:", Event.created)
