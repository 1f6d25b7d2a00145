"""Discrete-event simulation of a bank with tellers: heapq event queue, seeded random, statistics."""
import heapq
import random
import statistics
from dataclasses import dataclass, field
from enum import IntEnum
from collections import Counter


class Kind(IntEnum):
    ARRIVAL = 1
    DEPARTURE = 2
    BREAK_START = 3
    BREAK_END = 4


@dataclass(order=True)
class Event:
    time: float
    kind: Kind
    seq: int
    customer: int = field(default=-1, compare=False)
    teller: int = field(default=-1, compare=False)


@dataclass
class Customer:
    ident: int
    arrived: float
    service: float
    started: float = -1.0
    teller: int = -1

    @property
    def wait(self):
        return self.started - self.arrived


@dataclass
class Report:
    served: int
    mean_wait: float
    median_wait: float
    p90_wait: float
    max_wait: float
    max_queue: int
    closed_at: float
    utilisation: list
    per_teller: list
    events: dict


class Bank:
    def __init__(self, tellers, arrival_rate, service_mean, seed, close_at=480.0):
        self.rng = random.Random(seed)
        self.tellers = tellers
        self.free = list(range(tellers))
        heapq.heapify(self.free)
        self.arrival_rate = arrival_rate
        self.service_mean = service_mean
        self.close_at = close_at
        self.events = []
        self.seq = 0
        self.queue = []
        self.customers = {}
        self.served = []
        self.busy_time = [0.0] * tellers
        self.max_queue = 0
        self.log = Counter()
        self.now = 0.0

    def schedule(self, time, kind, customer=-1, teller=-1):
        self.seq += 1
        heapq.heappush(self.events, Event(time, kind, self.seq, customer, teller))

    def start_service(self, cust, teller):
        cust.started = self.now
        cust.teller = teller
        self.busy_time[teller] += cust.service
        self.schedule(self.now + cust.service, Kind.DEPARTURE, cust.ident, teller)

    def run(self):
        self.schedule(self.rng.expovariate(self.arrival_rate), Kind.ARRIVAL)
        self.schedule(240.0, Kind.BREAK_START, teller=0)
        next_id = 0
        while self.events:
            ev = heapq.heappop(self.events)
            self.now = ev.time
            self.log[ev.kind.name] += 1
            if ev.kind == Kind.ARRIVAL:
                if self.now > self.close_at:
                    continue
                next_id += 1
                service = max(0.5, self.rng.gauss(self.service_mean, self.service_mean / 3))
                cust = Customer(next_id, self.now, service)
                self.customers[next_id] = cust
                if self.free:
                    self.start_service(cust, heapq.heappop(self.free))
                else:
                    self.queue.append(cust)
                    self.max_queue = max(self.max_queue, len(self.queue))
                self.schedule(self.now + self.rng.expovariate(self.arrival_rate), Kind.ARRIVAL)
            elif ev.kind == Kind.DEPARTURE:
                self.served.append(self.customers[ev.customer])
                if self.queue:
                    self.start_service(self.queue.pop(0), ev.teller)
                else:
                    heapq.heappush(self.free, ev.teller)
            elif ev.kind == Kind.BREAK_START:
                if ev.teller in self.free:
                    self.free.remove(ev.teller)
                    heapq.heapify(self.free)
                    self.schedule(self.now + 30, Kind.BREAK_END, teller=ev.teller)
                else:
                    # teller busy: try again in five minutes
                    self.schedule(self.now + 5, Kind.BREAK_START, teller=ev.teller)
            elif ev.kind == Kind.BREAK_END:
                if self.queue:
                    self.start_service(self.queue.pop(0), ev.teller)
                else:
                    heapq.heappush(self.free, ev.teller)
        return self.report()

    def report(self):
        waits = [c.wait for c in self.served]
        per_teller = Counter(c.teller for c in self.served)
        return Report(
            served=len(self.served),
            mean_wait=statistics.fmean(waits),
            median_wait=statistics.median(waits),
            p90_wait=sorted(waits)[int(0.9 * len(waits))],
            max_wait=max(waits),
            max_queue=self.max_queue,
            closed_at=self.now,
            utilisation=[round(b / self.now, 3) for b in self.busy_time],
            per_teller=[per_teller[t] for t in range(self.tellers)],
            events=dict(sorted(self.log.items())),
        )


def main():
    print(f"{'tellers':>7} {'served':>6} {'mean':>7} {'median':>7} {'p90':>7} {'max':>7} {'queue':>5}")
    results = {}
    for tellers in (2, 3, 4):
        r = Bank(tellers, arrival_rate=0.6, service_mean=4.0, seed=tellers * 11).run()
        results[tellers] = r
        print(f"{tellers:>7} {r.served:>6} {r.mean_wait:>7.2f} {r.median_wait:>7.2f} "
              f"{r.p90_wait:>7.2f} {r.max_wait:>7.2f} {r.max_queue:>5}")
    for tellers, r in results.items():
        print(f"{tellers} tellers: closed at {r.closed_at:.1f}, utilisation {r.utilisation}")
        print(f"   per teller {r.per_teller}, events {r.events}")
    best = min(results, key=lambda t: (results[t].mean_wait > 2.0, t))
    print("fewest tellers keeping mean wait under 2 min:", best)
    print("event order check:", sorted([Event(2.0, Kind.DEPARTURE, 3), Event(2.0, Kind.ARRIVAL, 9),
                                         Event(1.5, Kind.BREAK_END, 1)])[0])
    print(Kind.DEPARTURE, Kind.BREAK_END.value, Kind(3).name, [k.name for k in Kind])


main()
