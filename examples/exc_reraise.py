# Re-raising with bare raise, raise ... from, exception chaining, nested try/finally ordering and cleanup on return.

log = []


def risky(n):
    log.append("risky " + str(n))
    if n % 3 == 0:
        raise ValueError("multiple of three: " + str(n))
    return n * 10


def wrapper(n):
    try:
        return risky(n)
    except ValueError:
        log.append("wrapper saw " + str(n))
        raise
    finally:
        log.append("wrapper cleanup " + str(n))


def convert(text):
    try:
        return int(text)
    except ValueError as e:
        raise RuntimeError("cannot convert " + repr(text)) from e


def nested():
    try:
        try:
            print("inner body")
            raise KeyError("k")
        finally:
            print("inner finally")
    except KeyError as e:
        print("outer caught", repr(e))
        return "from except"
    finally:
        print("outer finally")


for n in [1, 3, 4]:
    try:
        print("result", wrapper(n))
    except ValueError as e:
        print("main caught:", e)
print("\n".join(log))
for t in ["42", "forty"]:
    try:
        print("converted", convert(t))
    except RuntimeError as e:
        print("RuntimeError:", e, "| cause:", type(e.__cause__).__name__, e.__cause__)
print(nested())
count = 0
while True:
    try:
        count += 1
        if count < 3:
            continue
        if count == 5:
            break
    finally:
        print("finally runs for count", count)
print("loop ended at", count)
try:
    try:
        raise ValueError("original")
    except ValueError:
        raise TypeError("during handling")
except TypeError as e:
    print(e, "| context:", e.__context__)
