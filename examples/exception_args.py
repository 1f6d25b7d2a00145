"""Exceptions with several arguments and e.args (of str arguments: see exception_multi_args for others)."""


class ConfigError(Exception):
    def __init__(self, key, detail):
        super().__init__(key, detail)
        self.key = key


class Silent(Exception):
    def __init__(self, why):
        super().__init__()
        self.why = why


def parse(s):
    if not s:
        raise ValueError("empty input")
    if s == "?":
        raise KeyError()
    if s == "!":
        raise ConfigError("name", "missing")
    if s == "x2":
        raise LookupError("two", "parts")
    return int(s)


def main():
    for s in ["12", "", "?", "!", "x2", "zz"]:
        try:
            print(parse(s))
        except (ValueError, LookupError, ConfigError) as e:
            print(type(e).__name__, e.args, len(e.args), repr(e), f"[{e}]")
            if e.args:
                print("  first:", e.args[0], "last:", e.args[-1])
            for part in e.args:
                print("  part", part)
    try:
        raise Silent("quiet")
    except Silent as e:
        print("silent", repr(str(e)), repr(e), e.why)
    try:
        raise KeyError("a", "b")
    except KeyError as e:
        print("key", e, repr(e))
    raise ValueError("bad", "input")


main()
