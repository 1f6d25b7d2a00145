# A value that holds one of several functions or None: the lookup in a dispatch table.


def inc(x):
    return x + 1


def dbl(x):
    return x * 2


table = {"inc": inc, "dbl": dbl}
for name in ["inc", "dbl", "neg"]:
    f = table.get(name)
    if f is None:
        print("no such operation:", name)
        continue
    print(name, f(10), f.__name__)

chosen = None
for name in ["dbl", "inc"]:
    if name.startswith("d"):
        chosen = table[name]
print(str(chosen(21)) if chosen is not None else "none chosen")


class Shell:
    def __init__(self):
        self.commands = {"hello": self.hello, "count": self.count}
        self.calls = 0

    def hello(self, arg):
        self.calls += 1
        return "hello, " + arg

    def count(self, arg):
        self.calls += 1
        return str(len(arg))

    def run(self, line):
        verb, _, arg = line.partition(" ")
        handler = self.commands.get(verb)
        if handler is None:
            return "unknown command: " + verb
        return handler(arg)


sh = Shell()
for line in ["hello world", "count abcdef", "quit now"]:
    print(sh.run(line))
print("calls:", sh.calls)

missing = table.get("nothing")
try:
    missing(1)
except TypeError as e:
    print("TypeError:", e)
