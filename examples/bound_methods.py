# Bound methods as values: a container's or a string's method taken from its object (f = xs.append,
# key=d.__getitem__), a method of the program's own objects (cb = obj.method), unbound str methods
# (key=str.lower, map(str.strip, ...)) and builtins (key=len) as functions.


class Tally:
    def __init__(self, start):
        self.n = start

    def bump(self, k):
        self.n += k
        return self.n

    def rank(self, word):
        return (len(word) + self.n) % 3

    @staticmethod
    def twice(x):
        return 2 * x


def apply(f, x):
    return f(x)


def collect(values, sink):
    for v in values:
        sink(v)


stock = {"apple": 5, "banana": 0, "cherry": 12, "date": 7}
print(sorted(stock, key=stock.__getitem__))
print(max(stock, key=stock.__getitem__), min(stock, key=stock.__getitem__))

numbers = [3, 1]
push = numbers.append
push(3)
push(10)
print(numbers)
seen = set()
collect([4, 2, 4, 9], seen.add)
print(sorted(seen))
out = []
collect(["x", "y"], out.append)
print(out)

lines = ["  alpha ", "Beta  ", " gamma", "delta"]
print(list(map(str.strip, lines)))
print(sorted(lines, key=str.lower))
print(sorted(lines, key=len), max(lines, key=len))
print([w.upper() for w in map(str.strip, lines)], list(map(len, lines)))

t = Tally(1)
cb = t.bump
print(cb(1), cb(5), t.n, apply(cb, 10), apply(t.bump, 1))
print(sorted(["aaa", "b", "cc", "dddd"], key=t.rank))
double = t.twice
print(double(21), apply(Tally.twice, 4))

xs = [40, 10, 30, 20]
print(sorted(range(len(xs)), key=xs.__getitem__))
print(list(map(xs.__getitem__, [3, 0])))
names = {"x": "ex", "y": "why"}
print(list(map(names.get, ["x", "z", "y"])))
print(list(map(",".join, [["p", "q"], ["r"]])))
shout = "hello".upper
print(shout(), "a-b-c".split("-"), list(map("-".join, ["ab", "cd"])))
count_a = "banana".count
print(count_a("a"), count_a("an"))


class Word:
    def __init__(self, text):
        self.text = text

    def weight(self):
        return len(self.text) * 10 + ord(self.text[0]) % 7


ws = [Word("kiwi"), Word("fig"), Word("banana"), Word("apple")]
print([w.text for w in sorted(ws, key=Word.weight)], list(map(Word.weight, ws)))
