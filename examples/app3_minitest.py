"""A hand-written mini test runner exercising a small stack-based calculator library."""
import functools


TESTS = []
FIXTURES = {}


class SkipTest(Exception):
    pass


class AssertionFailure(AssertionError):
    def __init__(self, message, expected=None, actual=None):
        super().__init__(message)
        self.expected = expected
        self.actual = actual


def test(func=None, *, tags=(), expect=None):
    def register(f):
        TESTS.append((f.__name__, f, tuple(tags), expect))
        return f
    if func is not None:
        return register(func)
    return register


def fixture(name):
    def register(f):
        FIXTURES[name] = f
        return f
    return register


def assert_equal(actual, expected, what=""):
    if actual != expected:
        label = f"{what}: " if what else ""
        raise AssertionFailure(f"{label}expected {expected!r}, got {actual!r}", repr(expected), repr(actual))


def assert_raises(func, *args):
    try:
        func(*args)
    except CalcError as exc:
        return exc
    raise AssertionFailure("CalcError not raised")


# ---- the library under test -------------------------------------------------

class CalcError(Exception):
    pass


class StackUnderflow(CalcError):
    def __init__(self, op, needed, have):
        super().__init__(f"{op} needs {needed} operands, stack has {have}")
        self.op = op


class UnknownWord(CalcError):
    pass


class Calculator:
    def __init__(self):
        self.stack = []
        self.words = {}
        self.history = []

    def _pop(self, op, n):
        if len(self.stack) < n:
            raise StackUnderflow(op, n, len(self.stack))
        values = self.stack[-n:]
        del self.stack[-n:]
        return values

    def binary(self, op, fn):
        a, b = self._pop(op, 2)
        self.stack.append(fn(a, b))

    def run(self, text):
        tokens = text.split()
        i = 0
        while i < len(tokens):
            tok = tokens[i]
            i += 1
            self.history.append(tok)
            if tok == ":":
                end = tokens.index(";", i)
                name, body = tokens[i], tokens[i + 1:end]
                self.words[name.lower()] = " ".join(body)
                i = end + 1
            elif tok.lstrip("-").isdigit():
                self.stack.append(int(tok))
            elif tok == "+":
                self.binary(tok, lambda a, b: a + b)
            elif tok == "-":
                self.binary(tok, lambda a, b: a - b)
            elif tok == "*":
                self.binary(tok, lambda a, b: a * b)
            elif tok == "/":
                self.binary(tok, self._divide)
            elif tok == "dup":
                (a,) = self._pop(tok, 1)
                self.stack.extend([a, a])
            elif tok == "swap":
                a, b = self._pop(tok, 2)
                self.stack.extend([b, a])
            elif tok == "drop":
                self._pop(tok, 1)
            elif tok.lower() in self.words:
                self.run(self.words[tok.lower()])
            else:
                raise UnknownWord(tok)
        return self.stack

    @staticmethod
    def _divide(a, b):
        if b == 0:
            raise CalcError("division by zero")
        return a // b


# ---- fixtures and tests -------------------------------------------------------

@fixture("calc")
def make_calc():
    c = Calculator()
    c.run(": square dup * ; : cube dup square * ;")
    return c


@test
def test_addition():
    assert_equal(Calculator().run("1 2 +"), [3])


@test(tags=("arith",))
def test_precedence_free():
    assert_equal(Calculator().run("2 3 4 * +"), [14])
    assert_equal(Calculator().run("2 3 + 4 *"), [20])


@test(tags=("arith",))
def test_negative_division():
    assert_equal(Calculator().run("-7 2 /"), [-4], "floor division")


@test(tags=("words",))
def test_user_words():
    calc = FIXTURES["calc"]()
    assert_equal(calc.run("3 square 2 cube"), [9, 8])


@test(tags=("words",))
def test_words_are_case_insensitive():
    calc = FIXTURES["calc"]()
    assert_equal(calc.run("4 SQUARE"), [16])


@test(tags=("errors",), expect="StackUnderflow")
def test_underflow_expected():
    Calculator().run("1 +")


@test(tags=("errors",))
def test_underflow_message():
    exc = assert_raises(Calculator().run, "5 swap")
    assert_equal(str(exc), "swap needs 2 operands, stack has 1")
    if not isinstance(exc, StackUnderflow):
        raise AssertionFailure(f"wrong exception {exc!r}")
    assert_equal(exc.op, "swap")


@test(tags=("errors",))
def test_unknown_word():
    exc = assert_raises(Calculator().run, "1 frob")
    assert_equal(type(exc).__name__, "UnknownWord")


@test(tags=("errors",))
def test_deliberately_wrong():
    assert_equal(Calculator().run("2 2 +"), [5], "arithmetic")


@test(tags=("slow",))
def test_skipped():
    raise SkipTest("needs a network")


@test
def test_crashes():
    calc = Calculator()
    calc.run("1 0 /")


@test(tags=("arith",))
def test_big_numbers():
    result = Calculator().run("1000 dup * dup *")
    assert_equal(result, [10 ** 12])


@test
def test_history():
    calc = FIXTURES["calc"]()
    calc.history.clear()
    calc.run("2 square drop")
    assert_equal(calc.history, ["2", "square", "dup", "*", "drop"])


def timed(label):
    def decorate(f):
        @functools.wraps(f)
        def wrapper(*args, **kwargs):
            print(f"== {label} ==")
            result = f(*args, **kwargs)
            print(f"== end of {label} ==")
            return result
        return wrapper
    return decorate


@timed("test session")
def run_tests(only_tags=None):
    counts = {"pass": 0, "fail": 0, "error": 0, "skip": 0}
    failures = []
    for name, func, tags, expect in TESTS:
        if only_tags and not set(tags) & set(only_tags):
            continue
        outcome = "pass"
        detail = ""
        try:
            func()
            if expect is not None:
                outcome, detail = "fail", f"{expect} not raised"
        except SkipTest as exc:
            outcome, detail = "skip", str(exc)
        except AssertionFailure as exc:
            outcome, detail = "fail", str(exc)
        except Exception as exc:
            if expect is not None and type(exc).__name__ == expect:
                outcome = "pass"
            else:
                outcome = "error"
                detail = f"{type(exc).__name__}: {exc}"
        counts[outcome] += 1
        mark = {"pass": ".", "fail": "F", "error": "E", "skip": "s"}[outcome]
        tag_text = ",".join(tags) or "-"
        print(f"{mark} {name:<34} [{tag_text}]")
        if outcome in ("fail", "error"):
            failures.append((name, detail))
    print()
    for name, detail in failures:
        print(f"{name}: {detail}")
    summary = ", ".join(f"{n} {k}" for k, n in counts.items() if n)
    print(f"ran {sum(counts.values())} tests: {summary}")
    return counts["fail"] + counts["error"] == 0


ok_all = run_tests()
ok_err = run_tests(only_tags=["errors", "words"])
print("all green:", ok_all, ok_err)
