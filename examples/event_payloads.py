# Events whose payload is a Passenger or an Elevator: unrelated classes meet in one attribute
# through a common base class; isinstance on the attribute picks the subclass's fields.


class Payload:
    def describe(self):
        return "?"


class Passenger(Payload):
    def __init__(self, name, dest):
        self.name = name
        self.dest = dest

    def describe(self):
        return f"passenger {self.name} to {self.dest}"


class Elevator(Payload):
    def __init__(self, ident, floor):
        self.ident = ident
        self.floor = floor

    def describe(self):
        return f"elevator {self.ident} at {self.floor}"


class Event:
    def __init__(self, t, payload):
        self.t = t
        self.payload = payload


events = [Event(3, Elevator("A", 0)), Event(1, Passenger("ann", 5)), Event(2, Passenger("bob", 2)),
          Event(4, Elevator("B", 7))]
for e in sorted(events, key=lambda e: e.t):
    if isinstance(e.payload, Passenger):
        print(e.t, "arrive", e.payload.name, "->", e.payload.dest)
    elif isinstance(e.payload, Elevator):
        print(e.t, "move", e.payload.ident, e.payload.floor)
    print("  ", e.payload.describe())
floors = [e.payload.floor for e in events if isinstance(e.payload, Elevator)]
print(floors, sum(1 for e in events if type(e.payload) is Passenger))
