# A tiny recursive-descent parser for a JSON subset, with error reporting by exception.
class ParseError(Exception):
    def __init__(self, msg, pos):
        super().__init__(f"{msg} at {pos}")
        self.pos = pos


class Node:
    def __init__(self, kind, value, items, fields):
        self.kind = kind
        self.value = value
        self.text = ""
        self.items = items
        self.fields = fields

    def show(self):
        if self.kind == "num":
            return str(self.value)
        if self.kind == "str":
            return repr(self.text)
        if self.kind == "list":
            return "[" + ", ".join(x.show() for x in self.items) + "]"
        return "{" + ", ".join(k + ": " + v.show() for k, v in self.fields.items()) + "}"


class Parser:
    def __init__(self, text):
        self.text = text
        self.pos = 0

    def skip(self):
        while self.pos < len(self.text) and self.text[self.pos] in " \n\t":
            self.pos += 1

    def expect(self, ch):
        self.skip()
        if self.pos >= len(self.text) or self.text[self.pos] != ch:
            raise ParseError(f"expected {ch!r}", self.pos)
        self.pos += 1

    def value(self):
        self.skip()
        if self.pos >= len(self.text):
            raise ParseError("unexpected end", self.pos)
        c = self.text[self.pos]
        if c == "[":
            self.pos += 1
            items = []
            self.skip()
            if self.text[self.pos] == "]":
                self.pos += 1
                return Node("list", 0, items, {})
            while True:
                items.append(self.value())
                self.skip()
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                self.expect("]")
                return Node("list", 0, items, {})
        if c == "{":
            self.pos += 1
            fields = {}
            while True:
                self.skip()
                key = self.string()
                self.expect(":")
                fields[key] = self.value()
                self.skip()
                if self.text[self.pos] == ",":
                    self.pos += 1
                    continue
                self.expect("}")
                return Node("obj", 0, [], fields)
        if c == '"':
            return self.string_node()
        start = self.pos
        while self.pos < len(self.text) and (self.text[self.pos].isdigit() or self.text[self.pos] == "-"):
            self.pos += 1
        if start == self.pos:
            raise ParseError(f"unexpected {c!r}", self.pos)
        return Node("num", int(self.text[start:self.pos]), [], {})

    def string_node(self):
        n = Node("str", 0, [], {})
        n.text = self.string()
        return n

    def string(self):
        self.expect('"')
        end = self.text.index('"', self.pos)
        s = self.text[self.pos:end]
        self.pos = end + 1
        return s


for src in ['[1, 2, [3, -4], {"a": 5, "bb": [6]}]', '{"x": "hello", "y": []}', '[1, 2', '[1 2]', '{"k" 1}', '@']:
    try:
        print(Parser(src).value().show())
    except ParseError as e:
        print("error:", e, "pos", e.pos)
    except IndexError as e:
        print("index error:", e)
