# An exception class whose second base is a builtin exception (class BadValue(AppError, ValueError)):
# caught by either base, isinstance of either, and a KeyError base's str() is the key's repr.


class AppError(Exception):
    pass


class BadValue(AppError, ValueError):
    pass


class NotFound(AppError, KeyError):
    pass


class Described(AppError, KeyError):
    def __str__(self):
        return "described"


def fail(kind):
    if kind == 0:
        raise BadValue("bad value")
    if kind == 1:
        raise NotFound("key")
    raise Described("x")


for kind in range(3):
    try:
        fail(kind)
    except ValueError as e:
        print("ValueError:", type(e).__name__, e)
    except KeyError as e:
        print("KeyError:", type(e).__name__, e, isinstance(e, AppError))
for kind in range(3):
    try:
        fail(kind)
    except AppError as e:
        print("AppError:", e, isinstance(e, ValueError), isinstance(e, LookupError))
try:
    fail(1)
except (TypeError, LookupError) as e:
    print("LookupError:", repr(str(e)))
fail(1)
