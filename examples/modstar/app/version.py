from .core.engine import run
VERSION = "2.0"

def describe():
    return "v" + VERSION + ":" + str(run(1))
