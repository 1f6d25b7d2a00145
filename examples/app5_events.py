"""An event bus with decorator-based subscriptions, priorities, middleware and replay."""
import functools
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Callable


@dataclass
class Event:
    name: str
    payload: dict[str, int]
    seq: int = 0
    tags: list[str] = field(default_factory=list)

    def __str__(self):
        items = ", ".join(f"{k}={v}" for k, v in sorted(self.payload.items()))
        return f"#{self.seq} {self.name}({items})"


class HandlerError(Exception):
    def __init__(self, handler_name, event, cause):
        super().__init__(f"{handler_name} failed on {event.name}: {cause}")
        self.handler_name = handler_name
        self.cause = cause


class EventBus:
    def __init__(self):
        self._handlers = defaultdict(list)
        self._functions = []
        self._history = []
        self._seq = 0
        self.errors = []

    def on(self, name, priority=0):
        def decorator(fn):
            self._functions.append(fn)
            self._handlers[name].append((-priority, len(self._functions) - 1))
            self._handlers[name].sort()
            return fn
        return decorator

    def emit(self, name, **payload):
        self._seq += 1
        event = Event(name, dict(payload), self._seq)
        self._history.append(event)
        return self._dispatch(event)

    def _dispatch(self, event):
        handled = 0
        for _, index in self._handlers.get(event.name, []) + self._handlers.get("*", []):
            fn = self._functions[index]
            try:
                fn(event)
                handled += 1
            except Exception as exc:
                err = HandlerError(fn.__name__, event, exc)
                self.errors.append(err)
        return handled

    def replay(self, predicate=lambda e: True):
        count = 0
        for event in list(self._history):
            if predicate(event):
                self._dispatch(event)
                count += 1
        return count


def logged(fn):
    @functools.wraps(fn)
    def wrapper(event):
        print(f"  -> {fn.__name__} <- {event}")
        return fn(event)
    return wrapper


bus = EventBus()
inventory = {"apple": 5, "pear": 2}
revenue = []


@bus.on("order", priority=10)
@logged
def check_stock(event):
    item = "apple" if event.payload["item"] == 0 else "pear"
    qty = event.payload["qty"]
    if inventory[item] < qty:
        raise ValueError(f"only {inventory[item]} {item}(s) left, wanted {qty}")
    inventory[item] -= qty


@bus.on("order")
@logged
def bill(event):
    amount = event.payload["qty"] * event.payload["price"]
    revenue.append(amount)


@bus.on("refund", priority=5)
@logged
def refund(event):
    revenue.append(-event.payload["amount"])


audit_lines = []


@bus.on("*", priority=-1)
def audit(event):
    audit_lines.append(str(event))


print("check_stock name:", check_stock.__name__)
print("handled:", bus.emit("order", item=0, qty=2, price=3))
print("handled:", bus.emit("order", item=1, qty=5, price=4))
print("handled:", bus.emit("order", item=1, qty=1, price=4))
print("handled:", bus.emit("refund", amount=3))
print("handled:", bus.emit("shutdown"))
print("inventory:", inventory)
print("revenue:", revenue, "total:", sum(revenue))
print("errors:")
for err in bus.errors:
    print("  ", err, "| cause type:", type(err.cause).__name__)
print("audit:")
for line in audit_lines:
    print("  ", line)

print("replaying refunds:", bus.replay(lambda e: e.name == "refund"))
print("revenue after replay:", revenue)

# A second, independent bus to show closures keep state per decorator use
bus2 = EventBus()
totals = defaultdict(int)


def make_accumulator(key, scale):
    def accumulate(event):
        totals[key] += event.payload["n"] * scale
    return bus2.on("tick")(accumulate)


for key, scale in [("one", 1), ("ten", 10), ("hundred", 100)]:
    make_accumulator(key, scale)

for n in range(1, 6):
    bus2.emit("tick", n=n)
print("totals:", dict(totals))
print("handler names:", [bus2._functions[h[1]].__name__ for h in bus2._handlers["tick"]])
print("handlers per event:", {k: len(v) for k, v in sorted(bus._handlers.items())})
