# Discrete event simulation with a hand-written binary heap of (time, seq, name) tuples.
class Heap:
    def __init__(self):
        self.items = []

    def push(self, item):
        self.items.append(item)
        i = len(self.items) - 1
        while i > 0:
            parent = (i - 1) // 2
            if self.items[i] < self.items[parent]:
                self.items[i], self.items[parent] = self.items[parent], self.items[i]
                i = parent
            else:
                break

    def pop(self):
        top = self.items[0]
        last = self.items.pop()
        if self.items:
            self.items[0] = last
            i = 0
            n = len(self.items)
            while True:
                l, r = 2 * i + 1, 2 * i + 2
                small = i
                if l < n and self.items[l] < self.items[small]:
                    small = l
                if r < n and self.items[r] < self.items[small]:
                    small = r
                if small == i:
                    break
                self.items[i], self.items[small] = self.items[small], self.items[i]
                i = small
        return top

    def __len__(self):
        return len(self.items)


events = Heap()
seq = 0
for name, t in [("boot", 0.0), ("tick", 1.5), ("tick", 3.0), ("io", 2.25), ("shutdown", 10.0)]:
    events.push((t, seq, name))
    seq += 1
log = []
while len(events) > 0:
    t, s, name = events.pop()
    log.append(f"{t:6.2f} {name}")
    if name == "io" and t < 8:
        events.push((t * 2, seq, "io"))
        seq += 1
    if name == "tick" and t < 6:
        events.push((t + 1.5, seq, "tick"))
        seq += 1
print("\n".join(log))
print(len(log), seq)
