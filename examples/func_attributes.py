# Attributes set on the program's functions (counters, caches, registries kept on the function
# object itself), and a function's __doc__.


def counter():
    counter.calls += 1
    return counter.calls


counter.calls = 0
counter()
counter()
print(counter.calls, counter.__name__)


def greet(name):
    """Greets someone and remembers them."""
    greet.history.append(name)
    greet.last = name
    return "hi " + name


greet.history = []
greet.last = ""
print(greet("ann"), greet("bob"), greet.history, greet.last)
print(greet.__doc__)


def memo_fib(n):
    if n in memo_fib.cache:
        return memo_fib.cache[n]
    r = n if n < 2 else memo_fib(n - 1) + memo_fib(n - 2)
    memo_fib.cache[n] = r
    return r


memo_fib.cache = {}
print(memo_fib(80), len(memo_fib.cache))


def handler(event):
    return event.upper()


handler.priority = 3
handler.enabled = True


def nodoc():
    return None


def shadowing(counter):
    # here counter is the parameter, not the function above
    return counter * 2


def run_all():
    total = 0
    for i in range(5):
        total += counter()
    return total


print(run_all(), counter.calls, shadowing(21), nodoc.__doc__)
if handler.enabled:
    print(handler("click"), handler.priority)
handler.priority -= 1
print(handler.priority)
