# A type passed on through two calls: the note names the call that passed it to the function.

log = []


def record(entry):
    log.append(entry)  # error: container holds both str and float


def report(value):
    record(value)  # note: float flows in from the argument of `record\(value\)`


record("start")  # note: str flows in from the argument of `record\("start"\)`
report(2.5)
