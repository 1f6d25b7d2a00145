# Exception classes as values: __exit__ receives None or the class of the exception the block
# raised (compared with 'is', tested with issubclass, asked its __name__) and may suppress it.


class AppError(Exception):
    pass


class ConfigError(AppError):
    def __init__(self, key):
        super().__init__("bad key " + key)
        self.key = key


class Guard:
    def __init__(self, name, swallow):
        self.name = name
        self.swallow = swallow
        self.log = []

    def __enter__(self):
        print("enter", self.name)
        return self

    def __exit__(self, exc_type, exc, tb):
        if exc_type is None:
            print("exit", self.name, "cleanly", exc is None, tb)
            return False
        print("exit", self.name, "with", exc_type.__name__, "-", exc, "|", exc_type)
        print("  is ValueError:", exc_type is ValueError, " == KeyError:", exc_type == KeyError,
              " is not AppError:", exc_type is not AppError)
        print("  lookup error:", issubclass(exc_type, LookupError), " app:", issubclass(exc_type, AppError),
              " either:", issubclass(exc_type, (KeyError, ConfigError)), " exception:", issubclass(exc_type, Exception))
        self.log.append(exc_type.__name__)
        if self.swallow == "lookup":
            return issubclass(exc_type, LookupError)
        if self.swallow == "app":
            return issubclass(exc_type, AppError)
        return exc_type is KeyError


def run(g, what):
    with g:
        if what == "value":
            raise ValueError("no good")
        if what == "key":
            return {"a": 1}["zz"]
        if what == "config":
            raise ConfigError("port")
        if what == "index":
            return [1, 2][5]
        if what == "zero":
            return 1 // (len(what) - 4)
    return 0


for what in ["none", "value", "key", "config", "index", "zero"]:
    g = Guard(what, "lookup")
    try:
        print("result", run(g, what))
    except (ValueError, AppError) as e:
        print("escaped:", type(e).__name__, e)
    except ArithmeticError as e:
        print("arithmetic:", type(e).__name__, e)
    print("log", g.log)


def first_long(words, limit):
    with Guard("loop", "app") as g:
        for w in words:
            if len(w) > limit:
                return w
            if w == "stop":
                break
        print("no long word")
    return "-"


print(first_long(["ab", "abcdef"], 3), first_long(["ab", "stop", "abcdef"], 3))

with Guard("outer", "key") as outer, Guard("inner", "app") as inner:
    raise ConfigError("host")
print("inner swallowed:", inner.log, outer.log)

with Guard("outer", "key") as outer:
    with Guard("inner", "app") as inner:
        x = {"k": 1}["missing"]
print("outer swallowed:", inner.log, outer.log)
