# One class made with unrelated objects in an attribute at two places: the objects are typed per
# place, and a note names the attribute whose two types have no common base.
class Passenger:
    def __init__(self, name):
        self.name = name


class Elevator:
    def __init__(self, floor):
        self.floor = floor


class Event:  # note: attribute 'payload' holds Passenger in one and Elevator in the other
    def __init__(self, payload):
        self.payload = payload


events = [Event(Passenger("ann")), Event(Elevator(3))]  # error: container holds both Event@\d+ and Event@
print(len(events))
