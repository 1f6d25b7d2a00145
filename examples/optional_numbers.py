# Numbers that may be None: Optional returns, the best-so-far idiom, dict.get, None defaults,
# lists of int-or-None, `x or default`, and the TypeError CPython raises for arithmetic on None.


def find(items, target):
    for i, item in enumerate(items):
        if item == target:
            return i
    return None


def repeat(text, times=None):
    if times is None:
        times = 2
    return text * times


def largest(values):
    best = None
    for v in values:
        if best is None or v > best:
            best = v
    return best


def mean(values):
    if not values:
        return None
    return sum(values) / len(values)


counter = None
counter = 0
for word in ["a", "bb", "ccc"]:
    counter += len(word)
print("counter:", counter)

print(find([3, 1, 4], 4), find([3, 1, 4], 9), find([2], 0))
idx = find([5, 6, 7], 7)
if idx is not None:
    print("found at", idx, "next index", idx + 1)
print(repeat("ab"), repeat("ab", 3))
print(largest([4, -2, 9, 3]), largest([]), largest([-5]))
print(mean([1, 2, 3, 4]), mean([]))
m = mean([2.5, 3.5])
print(m is None, m == 3.0, m != None, m if m is not None else 0.0)

stock = {"apples": 3, "pears": 0}
for fruit in ["apples", "pears", "plums"]:
    n = stock.get(fruit)
    if n is None:
        print(fruit, "unknown")
    elif not n:
        print(fruit, "sold out")
    else:
        print(fruit, n, "left,", n * 2, "after delivery")
print(stock.get("plums"), stock.get("plums", -1), stock.get("apples") == 3)

found = [find([10, 20, 30], x) for x in [30, 15, 10, 25]]
print(found, [f for f in found if f is not None], sum(f for f in found if f is not None))
print([f or -1 for f in found], len([f for f in found if f is None]))

zero = find([0, 1], 0)
print(bool(zero), zero or 7, zero is None, zero == 0)
print(str(zero), repr(find([2], 1)), f"{zero}|{find([2], 1)}", (zero, None))

missing = find([1], 2)
for attempt in ["add", "compare", "negate", "augment"]:
    try:
        if attempt == "add":
            print(missing + 1)
        elif attempt == "compare":
            print(3 > missing)
        elif attempt == "negate":
            print(-missing)
        else:
            missing *= 2
    except TypeError as e:
        print("TypeError:", e)


def positives(xs):
    for x in xs:
        yield x if x > 0 else None


print(list(positives([1, -1, 2])))
flag = None
for i in range(4):
    if i == 3:
        flag = i % 2 == 1
print(flag, flag is True, flag is not False, not flag)
ratio = None
ratio = 2.5
print(ratio * 2, -ratio)
step = None
while step is None or step < 3:
    step = 0 if step is None else step + 1
print("step:", step)
