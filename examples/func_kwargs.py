# Function signatures: defaults, keyword arguments, *args, **kwargs, keyword-only parameters, and f(*list, **dict) calls.


def greet(name, greeting="Hello", punct="!"):
    return greeting + ", " + name + punct


def total(*values, start=0):
    result = start
    for v in values:
        result += v
    return result


def describe(title, *tags, sep=", ", **fields):
    parts = [title]
    if tags:
        parts.append("[" + sep.join(tags) + "]")
    for key, value in fields.items():
        parts.append(f"{key}={value}")
    return " ".join(parts)


def make_range(lo, hi, *, step=1, inclusive=False):
    if inclusive:
        hi += 1 if step > 0 else -1
    return list(range(lo, hi, step))


def clamp(x, lo=0, hi=100):
    return max(lo, min(x, hi))


def stats(**counts):
    return sorted(counts.items(), key=lambda kv: (-kv[1], kv[0]))


print(greet("Ada"))
print(greet("Bob", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Goodbye"))
print(total(), total(1, 2, 3), total(4, 5, start=100))
nums = [10, 20, 30]
print(total(*nums), total(*nums, *range(4)), total(*[], start=-1))
print(describe("report"))
print(describe("report", "urgent", "draft"))
print(describe("memo", "a", "b", sep="/", author="kim", status="draft"))
opts = {"author": "lee", "genre": "sci-fi"}
print(describe("book", *["fiction"], **opts))
print(make_range(1, 10, step=3), make_range(1, 10, step=3, inclusive=True))
print(make_range(5, 0, step=-1, inclusive=True))
print([clamp(v) for v in (-5, 50, 500)], clamp(7, hi=5), clamp(hi=10, x=3, lo=4))
print(stats(apples=3, pears=5, figs=3, kiwis=1))
args = (3, 7)
kw = {"hi": 5}
print(clamp(*args[:1], **kw), clamp(*args))
