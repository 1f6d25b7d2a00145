"""A tiny spreadsheet: cells hold numbers or formulas; evaluation follows dependency order."""
import re
from collections import defaultdict, deque

CELL_RE = re.compile(r"\b([A-Z])([1-9][0-9]?)\b")
RANGE_RE = re.compile(r"\b([A-Z][0-9]+):([A-Z][0-9]+)\b")
TOKEN_RE = re.compile(r"\s*(?:(\d+\.\d*|\d+)|([A-Z][0-9]+)|([A-Z]+)\(|(.))")


class SheetError(Exception):
    pass


class CycleError(SheetError):
    def __init__(self, cells):
        super().__init__("cycle through " + " -> ".join(cells))
        self.cells = cells


class FormulaError(SheetError):
    pass


def expand_range(start, end):
    c0, r0 = start[0], int(start[1:])
    c1, r1 = end[0], int(end[1:])
    cols = [chr(c) for c in range(ord(min(c0, c1)), ord(max(c0, c1)) + 1)]
    rows = range(min(r0, r1), max(r0, r1) + 1)
    return [f"{c}{r}" for r in rows for c in cols]


def references(formula):
    refs = []
    body = RANGE_RE.sub(lambda m: ",".join(expand_range(m.group(1), m.group(2))), formula)
    for m in CELL_RE.finditer(body):
        name = m.group(1) + m.group(2)
        if name not in refs:
            refs.append(name)
    return body, refs


FUNCTIONS = {
    "SUM": lambda args: sum(args),
    "MAX": lambda args: max(args),
    "MIN": lambda args: min(args),
    "AVG": lambda args: sum(args) / len(args),
    "COUNT": lambda args: float(len(args)),
}


class Parser:
    """Recursive descent over: expr := term (('+'|'-') term)*; term := factor (('*'|'/') factor)*."""

    def __init__(self, text, values):
        self.tokens = []
        for m in TOKEN_RE.finditer(text):
            num, ref, func, op = m.groups()
            if num:
                self.tokens.append(("num", num))
            elif ref:
                self.tokens.append(("ref", ref))
            elif func:
                self.tokens.append(("func", func))
            elif op and not op.isspace():
                self.tokens.append(("op", op))
        self.pos = 0
        self.values = values

    def peek(self):
        return self.tokens[self.pos] if self.pos < len(self.tokens) else ("end", "")

    def take(self, expected=None):
        tok = self.peek()
        if expected is not None and tok[1] != expected:
            raise FormulaError(f"expected {expected!r}, got {tok[1]!r}")
        self.pos += 1
        return tok

    def parse(self):
        value = self.expr()
        if self.peek()[0] != "end":
            raise FormulaError(f"unexpected {self.peek()[1]!r}")
        return value

    def expr(self):
        value = self.term()
        while self.peek() in (("op", "+"), ("op", "-")):
            op = self.take()[1]
            rhs = self.term()
            value = value + rhs if op == "+" else value - rhs
        return value

    def term(self):
        value = self.factor()
        while self.peek() in (("op", "*"), ("op", "/")):
            op = self.take()[1]
            rhs = self.factor()
            if op == "*":
                value *= rhs
            elif rhs == 0:
                raise FormulaError("division by zero")
            else:
                value /= rhs
        return value

    def factor(self):
        kind, text = self.take()
        if kind == "num":
            return float(text)
        if kind == "ref":
            return self.values.get(text, 0.0)
        if kind == "func":
            args = [self.expr()]
            while self.peek() == ("op", ","):
                self.take()
                args.append(self.expr())
            self.take(")")
            if text not in FUNCTIONS:
                raise FormulaError(f"unknown function {text}")
            return FUNCTIONS[text](args)
        if text == "(":
            value = self.expr()
            self.take(")")
            return value
        if text == "-":
            return -self.factor()
        raise FormulaError(f"unexpected {text!r}")


class Sheet:
    def __init__(self):
        self.raw = {}
        self.values = {}
        self.errors = {}

    def __setitem__(self, name, text):
        self.raw[name] = text

    def __getitem__(self, name):
        if name in self.errors:
            raise SheetError(f"{name}: {self.errors[name]}")
        return self.values.get(name, 0.0)

    def order(self):
        deps = {}
        for name, text in self.raw.items():
            if text.startswith("="):
                deps[name] = references(text[1:])[1]
            else:
                deps[name] = []
        users = defaultdict(list)
        indegree = {name: 0 for name in deps}
        for name, refs in deps.items():
            for r in refs:
                if r in deps:
                    users[r].append(name)
                    indegree[name] += 1
        ready = deque(sorted(n for n, d in indegree.items() if d == 0))
        result = []
        while ready:
            n = ready.popleft()
            result.append(n)
            for u in sorted(users[n]):
                indegree[u] -= 1
                if indegree[u] == 0:
                    ready.append(u)
        if len(result) != len(deps):
            stuck = sorted(n for n in deps if indegree[n] > 0)
            raise CycleError(stuck)
        return result

    def recalc(self):
        self.values.clear()
        self.errors.clear()
        for name in self.order():
            text = self.raw[name]
            if not text.startswith("="):
                try:
                    self.values[name] = float(text)
                except ValueError:
                    self.errors[name] = f"not a number: {text!r}"
                continue
            body, refs = references(text[1:])
            bad = [r for r in refs if r in self.errors]
            if bad:
                self.errors[name] = f"depends on {', '.join(bad)}"
                continue
            try:
                self.values[name] = Parser(body, self.values).parse()
            except FormulaError as exc:
                self.errors[name] = str(exc)

    def show(self, cols="ABCD", rows=range(1, 7)):
        print("    " + "".join(f"{c:>10}" for c in cols))
        for r in rows:
            cells = []
            for c in cols:
                try:
                    cells.append(f"{self[f'{c}{r}']:>10.2f}")
                except SheetError:
                    cells.append(f"{'#ERR':>10}")
            print(f"{r:>3} " + "".join(cells))


def main():
    s = Sheet()
    s["A1"], s["B1"], s["C1"] = "12", "7.5", "=A1*B1"
    s["A2"], s["B2"], s["C2"] = "3", "19.99", "=A2*B2"
    s["A3"], s["B3"], s["C3"] = "10", "2.25", "=A3*B3"
    s["C4"] = "=SUM(C1:C3)"
    s["C5"] = "=C4 * 0.2"
    s["C6"] = "=C4 + C5"
    s["D1"] = "=C1 / C6 * 100"
    s["D2"] = "=C2 / C6 * 100"
    s["D3"] = "=C3 / C6 * 100"
    s["D4"] = "=MAX(D1:D3) - MIN(D1:D3)"
    s["A5"] = "=AVG(A1:A3, 4)"
    s["A6"] = "=COUNT(A1:B3)"
    s["B6"] = "=-(A1 + 2) * -3"
    s["B5"] = "=A4 / A4"
    s["D5"] = "seven"
    s["D6"] = "=D5 + 1"
    s.recalc()
    s.show()
    print("order:", " ".join(s.order()))
    for name in sorted(s.errors):
        print(f"error in {name}: {s.errors[name]}")
    s["A4"] = "=C6 + 1"
    s["C3"] = "=A4 * 2"
    try:
        s.recalc()
    except CycleError as exc:
        print("cannot recalc:", exc)
        print("cells:", exc.cells)
    s["C3"] = "=A3*B3"
    s["A4"] = "2"
    s.recalc()
    print(f"total with A4=2: {s['C6']:.3f}, B5 = {s['B5']}")
    s["B1"] = "=UNKNOWN(1)"
    s["A3"] = "=(1 + 2"
    s.recalc()
    for name in sorted(s.errors):
        print(f"error in {name}: {s.errors[name]}")


main()
