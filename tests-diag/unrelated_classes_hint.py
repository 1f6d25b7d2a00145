# Objects of two classes without a common base in one variable: the error names both classes
# and where each comes in, and a note at the second class suggests a common base class.
class Passenger:
    def __init__(self, name):
        self.name = name


class Elevator:  # note: 'Passenger' and 'Elevator' have no common base class
    def __init__(self, floor):
        self.floor = floor


current = Passenger("ann")  # note: Passenger comes in here
if len(current.name) > 2:
    current = Elevator(3)  # error: variable 'current' holds both Passenger and Elevator
print(current)
