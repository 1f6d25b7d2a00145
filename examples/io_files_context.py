# Files and context managers: text and binary modes, appending, line iteration, print(file=),
# a context manager that suppresses one exception, OSError's errno/strerror/filename, sys.exit.

import os
import sys


class Timer:
    def __init__(self, label):
        self.label = label
        self.events = []

    def __enter__(self):
        self.events.append("enter " + self.label)
        return self

    def __exit__(self, exc_type, exc, tb):
        self.events.append("exit " + self.label + (" with " + exc_type.__name__ if exc_type else ""))
        return exc_type is ValueError


path = "krait_probe_notes.txt"
with open(path, "w") as f:
    f.write("line one\n")
    f.writelines(["line two\n", "line three\n"])
    print("printed line", 4, sep=": ", file=f)

with open(path) as f:
    for n, line in enumerate(f, 1):
        print(n, line.rstrip("\n"))

with open(path, "a") as f:
    f.write("appended\n")

with open(path, encoding="utf-8") as f:
    content = f.read()
print(len(content), content.count("\n"), content.splitlines()[-1])

with open(path, "rb") as f:
    raw = f.read()
print(raw[:8], len(raw))

with open("krait_probe.bin", "wb") as f:
    f.write(bytes(range(0, 256, 51)))
with open("krait_probe.bin", "rb") as f:
    data = f.read()
print(list(data), data.hex())

t = Timer("outer")
with t:
    with Timer("inner") as inner:
        pass
    print(inner.events)
with t:
    raise ValueError("suppressed")
print(t.events)
try:
    with t:
        raise KeyError("k")
except KeyError as e:
    print("escaped:", repr(e))
print(t.events[-1])

try:
    open("/nonexistent/dir/file.txt")
except FileNotFoundError as e:
    print("FileNotFoundError:", e.errno, e.strerror)
except OSError as e:
    print("OSError", e)

os.remove(path)
os.remove("krait_probe.bin")
print(os.path.exists(path))
sys.stdout.write("bye\n")
print("to stderr", file=sys.stderr)
sys.exit(3)
