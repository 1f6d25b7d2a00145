# Exception handling: custom hierarchy, retry loop, finally, else, chained re-raise.
class AppError(Exception):
    pass


class TransientError(AppError):
    def __init__(self, attempt):
        super().__init__("transient failure on attempt %d" % attempt)
        self.attempt = attempt


class FatalError(AppError):
    pass


log = []


def flaky(attempt, fail_until):
    if attempt < fail_until:
        raise TransientError(attempt)
    if fail_until < 0:
        raise FatalError("cannot continue")
    return attempt * 10


def with_retry(fail_until, tries):
    for attempt in range(tries):
        try:
            value = flaky(attempt, fail_until)
        except TransientError as e:
            log.append(str(e))
            continue
        else:
            log.append("ok after %d" % attempt)
            return value
        finally:
            log.append("attempt %d done" % attempt)
    raise AppError("gave up after %d tries" % tries)


for fail_until, tries in [(0, 3), (2, 3), (5, 3), (-1, 2)]:
    try:
        print("result", with_retry(fail_until, tries))
    except FatalError as e:
        print("fatal:", e)
    except AppError as e:
        print("app error:", e, type(e).__name__)
print("\n".join(log))

d = {"a": 1}
for key in ["a", "b"]:
    try:
        print(d[key])
    except KeyError as e:
        print("missing", e)
try:
    print([1, 2, 3][5])
except (IndexError, ValueError) as e:
    print(type(e).__name__, e)
try:
    int("12x")
except ValueError as e:
    print(e)
print(1 / 0)
