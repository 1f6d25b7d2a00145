"""A two-pass assembler and register machine: labels, directives, a regex tokenizer, and a tracer."""
import re
from collections import namedtuple

Instr = namedtuple("Instr", ["op", "args", "line"])

LINE_RE = re.compile(r"""
    ^\s*
    (?:(?P<label>[A-Za-z_]\w*):)?      # optional label
    \s*
    (?:(?P<op>[a-z]+)                  # mnemonic
       (?:\s+(?P<args>[^;]*?))?        # operands
    )?
    \s*(?:;.*)?$                       # comment
""", re.VERBOSE)
REG_RE = re.compile(r"^r([0-7])$")
NUM_RE = re.compile(r"^-?(?:0x[0-9a-fA-F]+|\d+)$")

ARITY = {"mov": 2, "add": 2, "sub": 2, "mul": 2, "div": 2, "mod": 2, "cmp": 2, "jmp": 1,
         "jz": 1, "jnz": 1, "jlt": 1, "call": 1, "ret": 0, "push": 1, "pop": 1, "out": 1,
         "halt": 0, "word": 1}


class AsmError(Exception):
    def __init__(self, line, msg):
        super().__init__(f"line {line}: {msg}")
        self.line = line


class MachineError(Exception):
    pass


def parse_operand(text, labels, line):
    text = text.strip()
    if m := REG_RE.match(text):
        return ("reg", int(m.group(1)))
    if NUM_RE.match(text):
        return ("imm", int(text, 0))
    if text in labels:
        return ("imm", labels[text])
    raise AsmError(line, f"bad operand {text!r}")


def assemble(source):
    labels = {}
    pending = []
    # pass 1: labels and addresses
    for lineno, raw in enumerate(source.splitlines(), 1):
        m = LINE_RE.match(raw)
        if m is None:
            raise AsmError(lineno, f"syntax error: {raw.strip()!r}")
        if m.group("label"):
            name = m.group("label")
            if name in labels:
                raise AsmError(lineno, f"duplicate label {name!r}")
            labels[name] = len(pending)
        if m.group("op"):
            op = m.group("op")
            if op not in ARITY:
                raise AsmError(lineno, f"unknown instruction {op!r}")
            args = [a for a in re.split(r"\s*,\s*", m.group("args") or "") if a]
            if len(args) != ARITY[op]:
                raise AsmError(lineno, f"{op} takes {ARITY[op]} operand(s), got {len(args)}")
            pending.append((op, args, lineno))
    # pass 2: resolve operands
    program = []
    for op, args, lineno in pending:
        program.append(Instr(op, tuple(parse_operand(a, labels, lineno) for a in args), lineno))
    return program, labels


class Machine:
    def __init__(self, program, trace=False):
        self.program = program
        self.regs = [0] * 8
        self.stack = []
        self.pc = 0
        self.flag = 0
        self.output = []
        self.steps = 0
        self.trace = trace

    def value(self, operand):
        kind, v = operand
        return self.regs[v] if kind == "reg" else v

    def store(self, operand, value):
        kind, v = operand
        if kind != "reg":
            raise MachineError(f"pc={self.pc}: cannot store into an immediate")
        self.regs[v] = value

    def run(self, max_steps=10_000):
        ops = {
            "add": lambda a, b: a + b,
            "sub": lambda a, b: a - b,
            "mul": lambda a, b: a * b,
        }
        while True:
            if not 0 <= self.pc < len(self.program):
                raise MachineError(f"pc {self.pc} out of program")
            ins = self.program[self.pc]
            self.steps += 1
            if self.steps > max_steps:
                raise MachineError(f"step limit {max_steps} exceeded at line {ins.line}")
            if self.trace:
                shown = ", ".join(f"r{v}" if k == "reg" else str(v) for k, v in ins.args)
                print(f"  [{self.pc:02d}] {ins.op:<5}{shown:<10} regs={self.regs[:4]}")
            self.pc += 1
            match ins.op, ins.args:
                case "mov", (dst, src):
                    self.store(dst, self.value(src))
                case ("add" | "sub" | "mul") as op, (dst, src):
                    self.store(dst, ops[op](self.value(dst), self.value(src)))
                case ("div" | "mod") as op, (dst, src):
                    d = self.value(src)
                    if d == 0:
                        raise MachineError(f"line {ins.line}: division by zero")
                    q, r = divmod(self.value(dst), d)
                    self.store(dst, q if op == "div" else r)
                case "cmp", (a, b):
                    x, y = self.value(a), self.value(b)
                    self.flag = (x > y) - (x < y)
                case "jmp", (target,):
                    self.pc = self.value(target)
                case "jz", (target,):
                    if self.flag == 0:
                        self.pc = self.value(target)
                case "jnz", (target,):
                    if self.flag != 0:
                        self.pc = self.value(target)
                case "jlt", (target,):
                    if self.flag < 0:
                        self.pc = self.value(target)
                case "call", (target,):
                    self.stack.append(self.pc)
                    self.pc = self.value(target)
                case "ret", ():
                    if not self.stack:
                        raise MachineError("ret with empty stack")
                    self.pc = self.stack.pop()
                case "push", (src,):
                    self.stack.append(self.value(src))
                case "pop", (dst,):
                    self.store(dst, self.stack.pop())
                case "out", (src,):
                    self.output.append(self.value(src))
                case "halt", ():
                    return self.output
                case op, args:
                    raise MachineError(f"cannot execute {op} with {len(args)} operands")


FACTORIAL = """
; iterative factorial of 10, then gcd(1071, 462) via a subroutine
        mov r0, 1
        mov r1, 10
loop:   mul r0, r1
        sub r1, 1
        cmp r1, 0
        jnz loop
        out r0
        mov r2, 1071
        mov r3, 462
        call gcd
        out r2
        halt
gcd:    cmp r3, 0          ; while r3 != 0
        jz done
        mov r4, r2
        mod r4, r3
        mov r2, r3
        mov r3, r4
        jmp gcd
done:   ret
"""

FIB = """
        mov r0, 0
        mov r1, 1
        mov r5, 0x0c      ; twelve numbers
next:   out r0
        mov r2, r0
        add r2, r1
        mov r0, r1
        mov r1, r2
        sub r5, 1
        cmp r5, 0
        jnz next
        halt
"""

COLLATZ = """
start:  mov r0, 27
        mov r1, 0
step:   cmp r0, 1
        jz end
        add r1, 1
        push r0
        mod r0, 2
        cmp r0, 0
        pop r0
        jz even
        mul r0, 3
        add r0, 1
        jmp step
even:   div r0, 2
        jmp step
end:    out r1
        halt
"""

BROKEN = [
    "mov r0, 1\nfoo r1\n",
    "x: mov r0, 1\nx: halt\n",
    "mov r9, 1\n",
    "add r0\n",
    "mov r0, 5\nmov r1, 0\ndiv r0, r1\nhalt\n",
    "spin: jmp spin\n",
    "mov 3, r0\nhalt\n",
    "ret\n",
]


def main():
    for name, src in [("factorial+gcd", FACTORIAL), ("fibonacci", FIB), ("collatz(27)", COLLATZ)]:
        program, labels = assemble(src)
        m = Machine(program)
        out = m.run()
        print(f"{name}: {len(program)} instructions, labels {sorted(labels.items(), key=lambda kv: kv[1])}")
        print(f"  output {out} in {m.steps} steps")
    print("trace of a short program:")
    program, _ = assemble("mov r0, 3\nmov r1, 4\nmul r0, r1\nout r0\nhalt")
    Machine(program, trace=True).run()
    for src in BROKEN:
        try:
            program, _ = assemble(src)
            Machine(program).run(max_steps=500)
            print("ran?!")
        except AsmError as e:
            print(f"assembly error ({e.line}): {e}")
        except MachineError as e:
            print(f"machine error: {e}")
        except IndexError as e:
            print(f"index error: {e}")


main()
