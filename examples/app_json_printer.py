"""Pretty-print and summarise nested JSON-like configuration data (dicts of lists of dicts)."""

def escape(s):
    out = []
    for ch in s:
        if ch == '"':
            out.append('\\"')
        elif ch == "\\":
            out.append("\\\\")
        elif ch == "\n":
            out.append("\\n")
        else:
            out.append(ch)
    return '"' + "".join(out) + '"'


class Node:
    """A value of the document: exactly one of the fields is used, by kind."""

    def __init__(self, kind, scalar="", items=None, fields=None):
        self.kind = kind
        self.scalar = scalar
        self.items = items if items is not None else []
        self.fields = fields if fields is not None else {}

    @staticmethod
    def s(text):
        return Node("str", scalar=text)

    @staticmethod
    def n(number):
        return Node("num", scalar=str(number))

    @staticmethod
    def lst(*items):
        return Node("list", items=list(items))

    @staticmethod
    def obj(**fields):
        return Node("obj", fields=dict(fields))

    def pretty(self, indent=0, step=2):
        pad = " " * indent
        inner = " " * (indent + step)
        if self.kind == "str":
            return escape(self.scalar)
        if self.kind == "num":
            return self.scalar
        if self.kind == "list":
            if not self.items:
                return "[]"
            if all(i.kind in ("str", "num") for i in self.items) and len(self.items) <= 4:
                return "[" + ", ".join(i.pretty() for i in self.items) + "]"
            body = ",\n".join(inner + i.pretty(indent + step, step) for i in self.items)
            return "[\n" + body + "\n" + pad + "]"
        if not self.fields:
            return "{}"
        body = ",\n".join(f"{inner}{escape(k)}: {v.pretty(indent + step, step)}" for k, v in self.fields.items())
        return "{\n" + body + "\n" + pad + "}"

    def walk(self, path=""):
        if self.kind == "list":
            for i, item in enumerate(self.items):
                yield from item.walk(f"{path}[{i}]")
        elif self.kind == "obj":
            for k, v in self.fields.items():
                yield from v.walk(f"{path}.{k}" if path else k)
        else:
            yield path, self.scalar

    def depth(self):
        children = self.items if self.kind == "list" else list(self.fields.values())
        return 1 + max((c.depth() for c in children), default=0)

    def to_python(self):
        if self.kind == "list":
            return [c.to_python() for c in self.items]
        if self.kind == "obj":
            return {k: v.to_python() for k, v in self.fields.items()}
        return self.scalar


doc = Node.obj(
    name=Node.s("krait-demo"),
    version=Node.n(3),
    authors=Node.lst(Node.s("Ada"), Node.s("Grace \"Amazing\" Hopper")),
    servers=Node.lst(
        Node.obj(host=Node.s("alpha.example"), port=Node.n(8080), tags=Node.lst(Node.s("web"), Node.s("eu"))),
        Node.obj(host=Node.s("beta.example"), port=Node.n(9090), tags=Node.lst()),
        Node.obj(host=Node.s("gamma\\example"), port=Node.n(22), tags=Node.lst(Node.s("ssh"))),
    ),
    limits=Node.obj(cpu=Node.n(2.5), memory=Node.n(1024), note=Node.s("line1\nline2")),
    empty=Node.obj(),
)
print(doc.pretty())
print(doc.pretty(step=4).count("\n"), "lines at step 4")
print("depth:", doc.depth())
for path, value in doc.walk():
    print(f"{path:<22} = {value}")

copy = Node("obj", fields={k: v for k, v in doc.fields.items() if k != "servers"})
print(copy.pretty(step=1))
print(escape('say "hi"\\n'), Node.lst().pretty(), Node.obj().pretty(), Node.n(-0.0).pretty())
