from collections import defaultdict

def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        c = src[i]
        if c.isspace():
            i += 1
        elif c.isdigit():
            j = i
            while j < len(src) and (src[j].isdigit() or src[j] == '.'):
                j += 1
            tokens.append(("num", src[i:j]))
            i = j
        elif c.isalpha() or c == '_':
            j = i
            while j < len(src) and (src[j].isalnum() or src[j] == '_'):
                j += 1
            tokens.append(("name", src[i:j]))
            i = j
        else:
            tokens.append(("op", c))
            i += 1
    return tokens

class Parser:
    def __init__(self, tokens):
        self.tokens = tokens
        self.pos = 0

    def peek(self):
        if self.pos < len(self.tokens):
            return self.tokens[self.pos]
        return ("eof", "")

    def next(self):
        t = self.peek()
        self.pos += 1
        return t

    def expr(self, env):
        v = self.term(env)
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.next()[1]
            r = self.term(env)
            v = v + r if op == "+" else v - r
        return v

    def term(self, env):
        v = self.factor(env)
        while self.peek()[0] == "op" and self.peek()[1] in "*/%":
            op = self.next()[1]
            r = self.factor(env)
            if op == "*":
                v *= r
            elif op == "/":
                v /= r
            else:
                v %= r
        return v

    def factor(self, env):
        kind, text = self.next()
        if kind == "num":
            return float(text)
        if kind == "name":
            return env[text]
        if text == "(":
            v = self.expr(env)
            self.next()
            return v
        if text == "-":
            return -self.factor(env)
        raise SyntaxError("unexpected " + repr(text))

env = {"x": 3.0, "y": 0.5}
counts = defaultdict(int)
for src in ["1 + 2 * 3", "(1 + 2) * 3", "x * x - y", "10 / 4", "7 % 3 + -x", "2 * (x + y) / 0.25", "1 / 0", "3 +"]:
    toks = tokenize(src)
    for k, _ in toks:
        counts[k] += 1
    try:
        print(src, "=", Parser(toks).expr(env))
    except ZeroDivisionError as e:
        print(src, "->", e)
    except (SyntaxError, KeyError) as e:
        print(src, "-> error", e)
print(dict(counts))
