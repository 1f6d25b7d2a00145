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


# attributes of a decorator's wrapper: one per decorated function (per closure made)
import functools


def count_calls(f):
    def wrapper(*args):
        wrapper.calls += 1
        return f(*args)
    wrapper.calls = 0
    wrapper.__name__ = f.__name__
    return wrapper


@count_calls
def add(a, b):
    return a + b


@count_calls
def neg(a):
    return -a


print(add(1, 2), add(3, 4), neg(5), add(0, 0))
print(add.calls, neg.calls, add.__name__, neg.__name__)


def traced(f):
    @functools.wraps(f)
    def inner(x):
        inner.seen.append(x)
        return f(x) * 2
    inner.seen = []
    return inner


@traced
def sq(x):
    """Square x."""
    return x * x


print(sq(3), sq(4), sq.__name__, sq.seen)
