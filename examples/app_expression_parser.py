# A tokenizer generator of namedtuples, a recursive-descent evaluator using :=, sliding windows
# over deques, infinite generators, itertools and collections.

import itertools
from collections import deque, Counter, namedtuple

Token = namedtuple("Token", ["kind", "text", "pos"])


def tokenize(src):
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
            continue
        if c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == "."):
                j += 1
            yield Token("num", src[i:j], i)
            i = j
        elif c.isalpha() or c == "_":
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == "_"):
                j += 1
            yield Token("name", src[i:j], i)
            i = j
        else:
            yield Token("op", c, i)
            i += 1


class Parser:
    def __init__(self, tokens):
        self.tokens = list(tokens)
        self.i = 0

    def peek(self):
        return self.tokens[self.i] if self.i < len(self.tokens) else None

    def take(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expr(self, env):
        value = self.term(env)
        while (t := self.peek()) is not None and t.text in "+-":
            self.take()
            rhs = self.term(env)
            value = value + rhs if t.text == "+" else value - rhs
        return value

    def term(self, env):
        value = self.factor(env)
        while (t := self.peek()) is not None and t.text in "*/%":
            self.take()
            rhs = self.factor(env)
            if t.text == "*":
                value *= rhs
            elif t.text == "/":
                value /= rhs
            else:
                value %= rhs
        return value

    def factor(self, env):
        t = self.take()
        if t.kind == "num":
            return float(t.text)
        if t.kind == "name":
            if t.text not in env:
                raise NameError(f"name {t.text!r} is not defined")
            return env[t.text]
        if t.text == "(":
            v = self.expr(env)
            if self.take().text != ")":
                raise SyntaxError("expected )")
            return v
        if t.text == "-":
            return -self.factor(env)
        raise SyntaxError(f"unexpected {t.text!r} at {t.pos}")


def evaluate(src, **env):
    return Parser(tokenize(src)).expr(env)


def window(seq, n):
    it = iter(seq)
    buf = deque(itertools.islice(it, n), maxlen=n)
    if len(buf) == n:
        yield tuple(buf)
    for x in it:
        buf.append(x)
        yield tuple(buf)


def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b


def take_while_small(gen, limit):
    for x in gen:
        if x > limit:
            return
        yield x


def chained(*gens):
    for g in gens:
        yield from g


print([t.text for t in tokenize("x1 = 3.5*(y + 42)")])
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y / 4", "-(2 + 3) % 4", "10 / (5 - 5)", "z + 1", "(1 + 2"]:
    try:
        print(f"{src:<16} = {evaluate(src, x=3.0, y=8.0):g}")
    except ZeroDivisionError as e:
        print(f"{src:<16} ! ZeroDivisionError: {e}")
    except (NameError, SyntaxError) as e:
        print(f"{src:<16} ! {type(e).__name__}: {e}")
    except IndexError:
        print(f"{src:<16} ! ran out of tokens")
print(list(window(range(6), 3)))
print(list(take_while_small(fib(), 100)))
print(list(itertools.islice(fib(), 5, 10)))
print(list(chained(iter([1, 2]), iter([3]))))
words = "the quick brown fox jumps over the lazy dog the end".split()
c = Counter(words)
print(c.most_common(2), sum(c.values()), len(c))
pairs = list(zip(words, words[1:]))
print(pairs[:3])
grouped = {k: len(list(g)) for k, g in itertools.groupby(sorted(words, key=len), key=len)}
print(grouped)
print(list(itertools.accumulate([1, 2, 3, 4], lambda a, b: a * b)))
gen = (w.upper() for w in words if len(w) > 3)
print(next(gen), next(gen), list(gen))
squares = {n: n * n for n in range(5)}
print(squares, {v for v in squares.values() if v % 2 == 0} == {0, 4, 16})
