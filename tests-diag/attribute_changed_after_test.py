# A test proves an attribute is not None, but a call of the program may store None in it
# before the read: the read is not narrowed, so abs() of a maybe-None attribute is refused.
class Counter:
    def __init__(self):
        self.last = 3

    def reset(self):
        self.last = None


c = Counter()
if c.last is not None:
    c.reset()
    print(abs(c.last))  # error: abs\(\) does not accept arguments of type \(None\)
