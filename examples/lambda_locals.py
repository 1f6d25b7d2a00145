# Lambdas held by local variables and called through them, with defaults and captured variables.

def f(n):
    sq = lambda x: x * x
    add = lambda a, b=2: a + b
    total = 0
    for i in range(n):
        total += sq(i) + add(i)
    return total, sq(3), add(1, 5)


print(f(4))

class Shop:
    def __init__(self, rate):
        self.rate = rate

    def prices(self, xs):
        tax = lambda p: p + p * self.rate // 100
        fmt = lambda p, cur="$": cur + str(p)
        return [fmt(tax(x)) for x in xs], fmt(1, "EUR ")


def pipeline(words):
    k = 2
    shout = lambda w: w.upper() * k
    strip = lambda w: w.strip()
    out = []
    for w in words:
        out.append(shout(strip(w)))
    key = lambda w: (len(w), w)
    return sorted(out, key=key), list(map(strip, words)), max(words, key=len)


print(Shop(10).prices([100, 250]))
print(pipeline([" ab", "c ", " de "]))
