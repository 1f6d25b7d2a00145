# A bank simulation: customers arrive, tellers serve them; a tiny deterministic LCG drives it.
class Rng:
    def __init__(self, seed):
        self.state = seed

    def next(self, n):
        self.state = (self.state * 1103515245 + 12345) % 2147483648
        return self.state % n


class Customer:
    def __init__(self, ident, arrival, work):
        self.ident = ident
        self.arrival = arrival
        self.work = work

    def __repr__(self):
        return f"Customer({self.ident}, t={self.arrival}, work={self.work})"


class Teller:
    def __init__(self, name):
        self.name = name
        self.busy_until = 0
        self.served = []

    def free_at(self, t):
        return self.busy_until <= t

    def serve(self, c, t):
        start = max(t, self.busy_until)
        self.busy_until = start + c.work
        self.served.append(c.ident)
        return start - c.arrival


def simulate(n_customers, n_tellers, seed):
    rng = Rng(seed)
    t = 0
    queue = []
    for i in range(n_customers):
        t += rng.next(4)
        queue.append(Customer(i, t, 1 + rng.next(7)))
    tellers = [Teller("T%d" % k) for k in range(n_tellers)]
    waits = []
    for c in queue:
        best = min(tellers, key=lambda tl: (tl.busy_until, tl.name))
        waits.append(best.serve(c, c.arrival))
    return queue, tellers, waits


queue, tellers, waits = simulate(40, 3, 2024)
print(queue[:3])
for tl in tellers:
    print(tl.name, len(tl.served), tl.served[:8], "busy until", tl.busy_until)
print("max wait", max(waits), "mean wait %.3f" % (sum(waits) / len(waits)))
print("waited:", sum(1 for w in waits if w > 0), "of", len(waits))
