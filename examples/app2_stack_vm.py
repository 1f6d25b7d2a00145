"""A tiny assembler and stack-based virtual machine."""


class AsmError(Exception):
    def __init__(self, line_no, message):
        super().__init__(f"line {line_no}: {message}")
        self.line_no = line_no


class VMError(RuntimeError):
    pass


class StackUnderflow(VMError):
    pass


OPCODES = {
    "push": 1, "pop": 0, "add": 0, "sub": 0, "mul": 0, "div": 0, "mod": 0,
    "dup": 0, "swap": 0, "over": 0, "jmp": 1, "jz": 1, "jnz": 1,
    "load": 1, "store": 1, "print": 0, "call": 1, "ret": 0, "halt": 0,
    "eq": 0, "lt": 0, "gt": 0, "not": 0,
}


def assemble(source):
    """Two passes: collect labels, then encode instructions as (op, arg) tuples."""
    labels = {}
    cleaned = []
    for line_no, raw in enumerate(source.splitlines(), start=1):
        line = raw.split(";", 1)[0].strip()
        if not line:
            continue
        if line.endswith(":"):
            name = line[:-1]
            if name in labels:
                raise AsmError(line_no, f"duplicate label {name!r}")
            labels[name] = len(cleaned)
            continue
        cleaned.append((line_no, line.split()))

    program = []
    for line_no, parts in cleaned:
        op, *args = parts
        op = op.lower()
        if op not in OPCODES:
            raise AsmError(line_no, f"unknown instruction {op!r}")
        if len(args) != OPCODES[op]:
            raise AsmError(line_no, f"{op} takes {OPCODES[op]} operand(s), got {len(args)}")
        arg, name = 0, ""
        if args:
            token = args[0]
            if token.lstrip("-").isdigit():
                arg = int(token)
            elif op in ("jmp", "jz", "jnz", "call"):
                if token not in labels:
                    raise AsmError(line_no, f"undefined label {token!r}")
                arg = labels[token]
            else:
                name = token
        program.append((op, arg, name))
    return program


class VM:
    def __init__(self, program, max_steps=100_000):
        self.program = program
        self.stack = []
        self.calls = []
        self.memory = {}
        self.pc = 0
        self.steps = 0
        self.max_steps = max_steps
        self.output = []

    def pop(self):
        if not self.stack:
            raise StackUnderflow(f"stack underflow at pc={self.pc - 1}")
        return self.stack.pop()

    def binary(self, fn):
        b = self.pop()
        a = self.pop()
        self.stack.append(fn(a, b))

    def run(self):
        while self.pc < len(self.program):
            self.steps += 1
            if self.steps > self.max_steps:
                raise VMError(f"step limit {self.max_steps:,} exceeded")
            op, arg, name = self.program[self.pc]
            self.pc += 1
            if op == "push":
                self.stack.append(arg)
            elif op == "pop":
                self.pop()
            elif op == "add":
                self.binary(lambda a, b: a + b)
            elif op == "sub":
                self.binary(lambda a, b: a - b)
            elif op == "mul":
                self.binary(lambda a, b: a * b)
            elif op == "div":
                self.binary(lambda a, b: a // b)
            elif op == "mod":
                self.binary(lambda a, b: a % b)
            elif op == "eq":
                self.binary(lambda a, b: int(a == b))
            elif op == "lt":
                self.binary(lambda a, b: int(a < b))
            elif op == "gt":
                self.binary(lambda a, b: int(a > b))
            elif op == "not":
                self.stack.append(int(not self.pop()))
            elif op == "dup":
                v = self.pop()
                self.stack.extend([v, v])
            elif op == "swap":
                b, a = self.pop(), self.pop()
                self.stack += [b, a]
            elif op == "over":
                b, a = self.pop(), self.pop()
                self.stack.extend((a, b, a))
            elif op == "jmp":
                self.pc = arg
            elif op == "jz":
                if self.pop() == 0:
                    self.pc = arg
            elif op == "jnz":
                if self.pop() != 0:
                    self.pc = arg
            elif op == "load":
                try:
                    self.stack.append(self.memory[name])
                except KeyError:
                    raise VMError(f"read of unset variable {name!r}") from None
            elif op == "store":
                self.memory[name] = self.pop()
            elif op == "print":
                self.output.append(str(self.pop()))
            elif op == "call":
                self.calls.append(self.pc)
                self.pc = arg
            elif op == "ret":
                if not self.calls:
                    raise VMError("ret with empty call stack")
                self.pc = self.calls.pop()
            elif op == "halt":
                break
        return self.output


FACTORIAL = """
; compute 10! iteratively
    push 1
    store acc
    push 10
    store n
loop:
    load n
    jz done
    load acc
    load n
    mul
    store acc
    load n
    push 1
    sub
    store n
    jmp loop
done:
    load acc
    print
    halt
"""

FIB_CALL = """
    push 0
    store i
next:
    load i
    push 12
    lt
    jz end
    load i
    call fib
    print
    load i
    push 1
    add
    store i
    jmp next
end:
    halt
; fib(n) iterative: consumes n, leaves fib(n)
fib:
    store k
    push 0
    store a
    push 1
    store b
fib_loop:
    load k
    jz fib_done
    load a
    load b
    dup
    store a
    add
    store b
    load k
    push 1
    sub
    store k
    jmp fib_loop
fib_done:
    load a
    ret
"""

BAD_PROGRAMS = {
    "unknown op": "push 1\nfrobnicate\n",
    "missing operand": "push\n",
    "bad label": "jmp nowhere\n",
    "dup label": "a:\na:\nhalt\n",
}

RUNTIME_FAILURES = {
    "underflow": "push 1\nadd\n",
    "unset": "load x\n",
    "div zero": "push 1\npush 0\ndiv\n",
    "infinite": "top:\njmp top\n",
    "big": "push 3037000499\ndup\nmul\nprint\n",
}


def main():
    for name, src in [("factorial", FACTORIAL), ("fibonacci", FIB_CALL)]:
        program = assemble(src)
        vm = VM(program)
        out = vm.run()
        print(f"{name}: {len(program)} instructions, {vm.steps} steps")
        print("  output:", " ".join(out))
        print("  memory:", ", ".join(f"{k}={v}" for k, v in sorted(vm.memory.items())))

    for name, src in BAD_PROGRAMS.items():
        try:
            assemble(src)
        except AsmError as exc:
            print(f"{name:>16}: AsmError({exc}) at line {exc.line_no}")

    for name, src in RUNTIME_FAILURES.items():
        vm = VM(assemble(src), max_steps=5000)
        try:
            vm.run()
            print(f"{name:>16}: ok {vm.output}")
        except StackUnderflow as exc:
            print(f"{name:>16}: underflow -> {exc}")
        except VMError as exc:
            print(f"{name:>16}: {type(exc).__name__} -> {exc} (cause: {exc.__cause__!r})")
        except ArithmeticError as exc:
            print(f"{name:>16}: arithmetic -> {type(exc).__name__}: {exc}")
        finally:
            print(f"{'':>16}  after {vm.steps} steps, stack={vm.stack}")


main()
