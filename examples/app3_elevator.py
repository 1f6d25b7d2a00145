"""Discrete-event simulation of a bank of elevators in an office building."""
import heapq
import random
from collections import deque
from dataclasses import dataclass, field
from enum import Enum


class Direction(Enum):
    UP = 1
    DOWN = -1
    IDLE = 0


@dataclass(order=True)
class Event:
    time: float
    seq: int
    kind: str = field(compare=False)
    passenger: object = field(compare=False, default=None)
    elevator: object = field(compare=False, default=None)


@dataclass
class Passenger:
    pid: int
    origin: int
    dest: int
    arrived: float
    boarded: float = -1.0
    delivered: float = -1.0

    @property
    def wait(self):
        return self.boarded - self.arrived

    @property
    def trip(self):
        return self.delivered - self.arrived


class Elevator:
    CAPACITY = 6
    SPEED = 1.5   # seconds per floor
    DOOR = 4.0    # seconds to load/unload

    def __init__(self, name, floor=0):
        self.name = name
        self.floor = floor
        self.direction = Direction.IDLE
        self.riders = []
        self.targets = set()
        self.moves = 0

    def __repr__(self):
        return f"Elevator({self.name!r}, floor={self.floor}, riders={len(self.riders)})"

    def choose_direction(self):
        if not self.targets:
            self.direction = Direction.IDLE
        elif self.direction == Direction.UP and any(t > self.floor for t in self.targets):
            pass
        elif self.direction == Direction.DOWN and any(t < self.floor for t in self.targets):
            pass
        else:
            nearest = min(self.targets, key=lambda t: (abs(t - self.floor), t))
            self.direction = Direction.UP if nearest > self.floor else Direction.DOWN
        return self.direction


class Building:
    def __init__(self, floors, n_elevators, seed):
        self.floors = floors
        self.rng = random.Random(seed)
        self.elevators = [Elevator(chr(ord("A") + i)) for i in range(n_elevators)]
        self.waiting = {f: deque() for f in range(floors)}
        self.queue = []
        self.seq = 0
        self.now = 0.0
        self.done = []
        self.log = []

    def schedule(self, delay, kind, elevator):
        self.seq += 1
        heapq.heappush(self.queue, Event(self.now + delay, self.seq, kind, elevator=elevator))

    def spawn_passengers(self, count):
        t = 0.0
        for pid in range(1, count + 1):
            t += self.rng.expovariate(1 / 6.0)
            origin = 0 if self.rng.random() < 0.5 else self.rng.randrange(1, self.floors)
            dest = origin
            while dest == origin:
                dest = self.rng.randrange(self.floors)
            self.seq += 1
            heapq.heappush(self.queue, Event(round(t, 2), self.seq, "arrive",
                                             passenger=Passenger(pid, origin, dest, round(t, 2))))

    def best_elevator(self, floor):
        def cost(e):
            distance = abs(e.floor - floor)
            if e.direction == Direction.IDLE:
                return distance
            heading = (floor - e.floor) * e.direction.value
            return distance + (0 if heading >= 0 else 2 * self.floors) + len(e.riders)
        return min(self.elevators, key=cost)

    def handle(self, ev):
        if ev.kind == "arrive":
            p = ev.passenger
            if p is None:
                raise ValueError("arrival without a passenger")
            self.waiting[p.origin].append(p)
            e = self.best_elevator(p.origin)
            e.targets.add(p.origin)
            if e.direction == Direction.IDLE:
                self.schedule(0, "step", e)
        elif ev.kind == "step":
            e = ev.elevator
            if e is None:
                raise ValueError("step without an elevator")
            self.step(e)

    def step(self, e):
        if e.floor in e.targets:
            e.targets.discard(e.floor)
            staying = []
            for p in e.riders:
                if p.dest == e.floor:
                    p.delivered = self.now + Elevator.DOOR
                    self.done.append(p)
                else:
                    staying.append(p)
            unloaded = len(e.riders) - len(staying)
            e.riders = staying
            q = self.waiting[e.floor]
            loaded = 0
            while q and len(e.riders) < Elevator.CAPACITY:
                p = q.popleft()
                p.boarded = self.now
                e.riders.append(p)
                e.targets.add(p.dest)
                loaded += 1
            if unloaded or loaded:
                self.log.append(f"{self.now:8.2f} {e.name} @{e.floor:2d} -{unloaded} +{loaded}")
            self.schedule(Elevator.DOOR, "step", e)
            return
        d = e.choose_direction()
        if d == Direction.IDLE:
            pending = [f for f, q in self.waiting.items() if q]
            if pending:
                e.targets.add(min(pending, key=lambda f: (abs(f - e.floor), f)))
                self.schedule(0, "step", e)
            return
        e.floor += d.value
        e.moves += 1
        self.schedule(Elevator.SPEED, "step", e)

    def run(self, until):
        while self.queue and self.queue[0].time <= until:
            ev = heapq.heappop(self.queue)
            self.now = ev.time
            self.handle(ev)
        return self.now


def percentile(values, pct):
    ordered = sorted(values)
    if not ordered:
        return 0.0
    k = (len(ordered) - 1) * pct / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def main():
    b = Building(floors=12, n_elevators=3, seed=2024)
    b.spawn_passengers(60)
    end = b.run(until=10_000)
    print(f"simulation ended at t={end:.2f}")
    print("first log lines:")
    for line in b.log[:12]:
        print(line)
    print(f"... {len(b.log)} stops in total")
    waits = [p.wait for p in b.done]
    trips = [p.trip for p in b.done]
    print(f"delivered {len(b.done)} of 60 passengers")
    print(f"mean wait {sum(waits) / len(waits):.2f}s, median {percentile(waits, 50):.2f}s, "
          f"p90 {percentile(waits, 90):.2f}s")
    print(f"mean trip {sum(trips) / len(trips):.2f}s, worst {max(trips):.2f}s")
    for e in b.elevators:
        print(f"  {e!r}: moved {e.moves} floors, direction {e.direction.name}")
    slowest = sorted(b.done, key=lambda p: (-p.trip, p.pid))[:3]
    for p in slowest:
        print(f"  slow: #{p.pid} {p.origin}->{p.dest} waited {p.wait:.1f} trip {p.trip:.1f}")
    by_floor = {}
    for p in b.done:
        by_floor.setdefault(p.origin, []).append(p.wait)
    for floor in sorted(by_floor):
        ws = by_floor[floor]
        print(f"floor {floor:2d}: {len(ws):2d} riders, avg wait {sum(ws) / len(ws):6.2f}")


if __name__ == "__main__":
    main()
