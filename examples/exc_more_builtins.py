# The rarer builtin exception classes: their hierarchy as CPython has it, raised, caught by a base, printed.


def risky(kind):
    if kind == 0:
        raise SyntaxError("unexpected token")
    if kind == 1:
        raise TimeoutError("took too long")
    if kind == 2:
        raise BrokenPipeError("pipe closed")
    if kind == 3:
        raise ModuleNotFoundError("no module named 'x'")
    if kind == 4:
        raise UserWarning("careful")
    if kind == 5:
        raise TabError("inconsistent tabs")
    return kind


for k in range(7):
    try:
        print("ok", risky(k))
    except SyntaxError as e:
        print("syntax:", type(e).__name__, e)
    except ConnectionError as e:
        print("connection:", e)
    except OSError as e:
        print("os:", e)
    except ImportError as e:
        print("import:", e, isinstance(e, ModuleNotFoundError))
    except Warning as e:
        print("warning:", repr(e))

print(issubclass(TimeoutError, OSError), issubclass(IndentationError, SyntaxError), issubclass(Warning, Exception))
raise ConnectionResetError("peer went away")
