"""A hand-written tokenizer and Pratt parser for arithmetic with variables and functions."""
import math


class ParseError(Exception):
    def __init__(self, message, pos):
        super().__init__(f"{message} at column {pos + 1}")
        self.pos = pos


class Token:
    def __init__(self, kind, text, pos):
        self.kind = kind
        self.text = text
        self.pos = pos

    def __repr__(self):
        return f"{self.kind}:{self.text}"


def tokenize(src):
    tokens = []
    i = 0
    while i < len(src):
        ch = src[i]
        if ch.isspace():
            i += 1
        elif ch.isdigit() or (ch == "." and i + 1 < len(src) and src[i + 1].isdigit()):
            start = i
            while i < len(src) and (src[i].isdigit() or src[i] == "."):
                i += 1
            if i < len(src) and src[i] in "eE":
                i += 1
                if i < len(src) and src[i] in "+-":
                    i += 1
                while i < len(src) and src[i].isdigit():
                    i += 1
            tokens.append(Token("num", src[start:i], start))
        elif ch.isalpha() or ch == "_":
            start = i
            while i < len(src) and (src[i].isalnum() or src[i] == "_"):
                i += 1
            tokens.append(Token("name", src[start:i], start))
        elif src.startswith("**", i):
            tokens.append(Token("op", "**", i))
            i += 2
        elif ch in "+-*/%^(),=":
            tokens.append(Token("op", ch, i))
            i += 1
        else:
            raise ParseError(f"unexpected character {ch!r}", i)
    tokens.append(Token("end", "", len(src)))
    return tokens


class Node:
    def evaluate(self, env):
        raise NotImplementedError

    def show(self):
        raise NotImplementedError


class Num(Node):
    def __init__(self, value):
        self.value = value

    def evaluate(self, env):
        return self.value

    def show(self):
        v = self.value
        return str(int(v)) if v.is_integer() else repr(v)


class Var(Node):
    def __init__(self, name):
        self.name = name

    def evaluate(self, env):
        if self.name not in env:
            raise NameError(f"undefined variable {self.name!r}")
        return env[self.name]

    def show(self):
        return self.name


class Neg(Node):
    def __init__(self, operand):
        self.operand = operand

    def evaluate(self, env):
        return -self.operand.evaluate(env)

    def show(self):
        return f"(-{self.operand.show()})"


class Let(Node):
    def __init__(self, name, value):
        self.name = name
        self.value = value

    def evaluate(self, env):
        env[self.name] = value = self.value.evaluate(env)
        return value

    def show(self):
        return f"{self.name} := {self.value.show()}"


class Call(Node):
    def __init__(self, name, args):
        self.name = name
        self.args = args

    def evaluate(self, env):
        if self.name not in FUNCS:
            raise NameError(f"unknown function {self.name}()")
        arity, fn = FUNCS[self.name]
        if len(self.args) != arity:
            raise TypeError(f"{self.name}() takes {arity} argument{'s' if arity != 1 else ''} ({len(self.args)} given)")
        values = [a.evaluate(env) for a in self.args]
        return fn(values)

    def show(self):
        return f"{self.name}({', '.join(a.show() for a in self.args)})"


class Bin(Node):
    def __init__(self, op, left, right):
        self.op = op
        self.left = left
        self.right = right

    def evaluate(self, env):
        op, a, b = self.op, self.left.evaluate(env), self.right.evaluate(env)
        if op == "+":
            return a + b
        if op == "-":
            return a - b
        if op == "*":
            return a * b
        if op == "/":
            return a / b
        if op == "%":
            return a % b
        return a ** b

    def show(self):
        return f"({self.left.show()} {self.op} {self.right.show()})"


BINDING = {"=": 1, "+": 10, "-": 10, "*": 20, "/": 20, "%": 20, "**": 30, "^": 30}
RIGHT_ASSOC = {"**", "^", "="}


class Parser:
    def __init__(self, src):
        self.tokens = tokenize(src)
        self.i = 0

    def peek(self):
        return self.tokens[self.i]

    def advance(self):
        tok = self.tokens[self.i]
        self.i += 1
        return tok

    def expect(self, text):
        tok = self.advance()
        if tok.text != text:
            raise ParseError(f"expected {text!r}, found {tok.text or 'end of input'!r}", tok.pos)
        return tok

    def parse(self):
        node = self.expression(0)
        tok = self.peek()
        if tok.kind != "end":
            raise ParseError(f"unexpected {tok.text!r}", tok.pos)
        return node

    def prefix(self):
        tok = self.advance()
        if tok.kind == "num":
            return Num(float(tok.text))
        if tok.kind == "name":
            if self.peek().text == "(":
                self.advance()
                args = []
                if self.peek().text != ")":
                    args.append(self.expression(0))
                    while self.peek().text == ",":
                        self.advance()
                        args.append(self.expression(0))
                self.expect(")")
                return Call(tok.text, args)
            return Var(tok.text)
        if tok.text == "-":
            return Neg(self.expression(25))
        if tok.text == "+":
            return self.expression(25)
        if tok.text == "(":
            inner = self.expression(0)
            self.expect(")")
            return inner
        raise ParseError(f"unexpected {tok.text or 'end of input'!r}", tok.pos)

    def expression(self, min_bp):
        left = self.prefix()
        while True:
            tok = self.peek()
            bp = BINDING.get(tok.text)
            if tok.kind != "op" or bp is None or bp <= min_bp:
                break
            self.advance()
            right = self.expression(bp - 1 if tok.text in RIGHT_ASSOC else bp)
            if tok.text == "=":
                if not isinstance(left, Var):
                    raise ParseError("can only assign to a name", tok.pos)
                left = Let(left.name, right)
            else:
                left = Bin(tok.text, left, right)
        return left


FUNCS = {
    "sqrt": (1, lambda a: math.sqrt(a[0])),
    "sin": (1, lambda a: math.sin(a[0])),
    "abs": (1, lambda a: abs(a[0])),
    "hypot": (2, lambda a: math.hypot(a[0], a[1])),
    "max": (2, lambda a: max(a)),
}


def main():
    env = {"pi": math.pi, "e": math.e}
    lines = [
        "1 + 2 * 3",
        "(1 + 2) * 3",
        "2 ** 3 ** 2",
        "-2 ^ 2",
        "x = y = 4",
        "x * y - 10 / 4",
        "hypot(3, 4) + sqrt(16)",
        "r = 2.5e1 % 7",
        "max(r, x) * -(1 - 3)",
        "sin(pi / 6) * 2",
        "1 / 0",
        "abs(-.5) + 1e-3",
        "unknown + 1",
        "sqrt(1, 2)",
        "foo(3)",
        "3 + * 4",
        "(1 + 2",
        "4 $ 4",
        "2 = 3",
        "1 2",
        "10 ** 400.0",
    ]
    for src in lines:
        try:
            tree = Parser(src).parse()
            value = tree.evaluate(env)
            print(f"{src:<24} => {tree.show():<32} = {value:.10g}")
        except ParseError as exc:
            print(f"{src:<24} !! syntax: {exc}")
            print(" " * (27 + len("syntax: ")) + " " * exc.pos + "^")
        except (NameError, TypeError) as exc:
            print(f"{src:<24} !! {type(exc).__name__}: {exc}")
        except ArithmeticError as exc:
            print(f"{src:<24} !! math: {type(exc).__name__}: {exc}")
    print("variables:", {k: round(v, 4) for k, v in sorted(env.items())})
    print("tokens:", tokenize("f(x1, 2.5) ** -3"))


main()
