"""Exceptions raised with several arguments of any type: str(e), repr(e) and the traceback."""


class HttpError(Exception):
    def __init__(self, status):
        # no super().__init__: str(e) still shows the constructor's arguments
        self.status = status


class Retry(Exception):
    def __init__(self, what, attempts):
        super().__init__(what, attempts)
        self.attempts = attempts


def fetch(n):
    if n % 3 == 0:
        raise HttpError(400 + n)
    if n % 3 == 1:
        raise Retry(f"item {n}", n * 2)
    raise KeyError(n, "missing")


def main():
    for n in range(4):
        try:
            fetch(n)
        except HttpError as e:
            print("http", e, repr(e), e.status)
        except Retry as e:
            print("retry", e, repr(e), e.attempts)
        except KeyError as e:
            print("key", e, repr(e))
    try:
        raise RuntimeError("x", None, [1, 2], 2.5, (3,), {"k": 1.5})
    except RuntimeError as e:
        print("runtime", e)
        print(f"{e!r:>60}")
    raise ValueError("bad value", 3)


main()
