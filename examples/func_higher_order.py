# Functions as values: passed to other functions, returned, stored in lists and dicts; a small decorator; map/filter/lambda.


def compose(f, g):
    return lambda x: f(g(x))


def apply_n(f, n, x):
    for _ in range(n):
        x = f(x)
    return x


def logged(fn):
    def wrapper(a, b):
        result = fn(a, b)
        print(f"  {fn.__name__}({a}, {b}) = {result}")
        return result
    return wrapper


@logged
def add(a, b):
    return a + b


@logged
def power(a, b):
    return a ** b


def sub(a, b):
    return a - b


OPS = {"+": add, "-": sub, "*": lambda a, b: a * b, "^": power, "max": lambda a, b: max(a, b)}


def evaluate_rpn(tokens):
    stack = []
    for tok in tokens:
        if tok in OPS:
            b = stack.pop()
            a = stack.pop()
            stack.append(OPS[tok](a, b))
        else:
            stack.append(int(tok))
    return stack[0]


inc = lambda x: x + 1
square = lambda x: x * x
print(compose(square, inc)(4), compose(inc, square)(4), apply_n(square, 3, 2))
pipeline = [inc, square, abs, lambda x: x - 100]
x = -3
for f in pipeline:
    x = f(x)
print("pipeline result:", x)
print("rpn:", evaluate_rpn("3 4 + 2 ^ 10 max 7 -".split()))
words = ["kiwi", "Banana", "apple", "Cherry", "date"]
print(sorted(words), sorted(words, key=str.lower), sorted(words, key=len))
print(list(map(len, words)), list(filter(lambda w: w[0].isupper(), words)))
print(list(map(lambda a, b: a * b, [1, 2, 3], [4, 5, 6])))
handlers = []
for name in ["upper", "title", "reverse"]:
    if name == "reverse":
        handlers.append(lambda s: s[::-1])
    elif name == "upper":
        handlers.append(str.upper)
    else:
        handlers.append(str.title)
print([h("hello world") for h in handlers])
print(add.__name__, callable(add), (lambda: 42)())
