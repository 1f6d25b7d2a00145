class Failure(Exception):
    def __init__(self, message, expected=None, actual=None):  # error: attribute 'Failure.(expected|actual)' holds both list
        super().__init__(message)
        self.expected = expected
        self.actual = actual


def assert_equal(actual, expected):
    if actual != expected:
        raise Failure(f"expected {expected!r}, got {actual!r}", expected, actual)


class Calc:
    def __init__(self):
        self.stack = []
        self.history = []

    def run(self, text):
        for tok in text.split():
            self.history.append(tok)
            if tok == "+":
                a, b = self.stack[-2:]
                del self.stack[-2:]
                self.stack.append(a + b)  # error: unsupported operand type
            else:
                self.stack.append(int(tok))
        return self.stack


assert_equal(Calc().run("1 2 +"), [3])
c = Calc()
c.run("2 3")
assert_equal(c.history, ["2", "3"])
