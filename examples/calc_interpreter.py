# A calculator: tokenizer, recursive-descent parser building AST node classes, virtual eval(), variables and errors.


class CalcError(Exception):
    pass


class Node:
    def eval(self, env):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def eval(self, env):
        return self.value


class Var(Node):
    def __init__(self, name):
        self.name = name

    def eval(self, env):
        if self.name not in env:
            raise CalcError("undefined variable " + self.name)
        return env[self.name]


class BinOp(Node):
    def __init__(self, op, left, right):
        self.op, self.left, self.right = op, left, right

    def eval(self, env):
        a, b = self.left.eval(env), self.right.eval(env)
        if self.op == "+":
            return a + b
        if self.op == "-":
            return a - b
        if self.op == "*":
            return a * b
        if b == 0:
            raise CalcError("division by zero")
        return a // b if self.op == "/" else a % b


def tokenize(src):
    tokens, i = [], 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or ch.isalpha():
            j = i
            while j < len(src) and src[j].isalnum():
                j += 1
            tokens.append(src[i:j])
            i = j
        elif ch in "+-*/%()=":
            tokens.append(ch)
            i += 1
        else:
            raise CalcError(f"unexpected character {ch!r} at {i}")
    return tokens


class Parser:
    def __init__(self, tokens):
        self.tokens, self.pos = tokens, 0

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ""

    def take(self):
        if self.pos == len(self.tokens):
            raise CalcError("unexpected end of input")
        self.pos += 1
        return self.tokens[self.pos - 1]

    def expr(self):
        node = self.term()
        while self.peek() in ("+", "-"):
            node = BinOp(self.take(), node, self.term())
        return node

    def term(self):
        node = self.atom()
        while self.peek() in ("*", "/", "%"):
            node = BinOp(self.take(), node, self.atom())
        return node

    def atom(self):
        tok = self.take()
        if tok == "(":
            node = self.expr()
            if self.take() != ")":
                raise CalcError("expected )")
            return node
        if tok.isdigit():
            return Num(int(tok))
        if tok.isalpha():
            return Var(tok)
        raise CalcError("unexpected token " + repr(tok))


env = {}
program = ["x = 6 * 7", "y = (x - 2) / 5 + x % 5", "x * y - 3", "z + 1", "10 / (y - 10)",
           "2 * (3 + 4", "7 $ 2", "big = 1000000 * 1000000 * 1000", "big / 7 % 1000"]
for line in program:
    try:
        target = ""
        tokens = tokenize(line)
        if len(tokens) > 2 and tokens[1] == "=":
            target, tokens = tokens[0], tokens[2:]
        tree = Parser(tokens).expr()
        value = tree.eval(env)
        if target:
            env[target] = value
        print(f"{line:<34} = {value}")
    except CalcError as e:
        print(f"{line:<34} error: {e}")
print(sorted(env.items()))
