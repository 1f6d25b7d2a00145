"""Render a small subset of Markdown to plain text for a terminal."""
import textwrap

DOC = """# Krait Release Notes

Krait compiles *ordinary* Python into **native** code.
It has no `runtime` interpreter at all.

## Highlights

- Whole-program type inference
- Checked integers: overflow raises `OverflowError`
- A C++ runtime on the Boehm GC
  which is shared between builds

1. Install the compiler
2. Run `krait build prog.py`
3. Profit

> Premature optimization is the root of all evil.
> -- Donald Knuth

```
def f(x):
    return x * 2
```

### Links

See [the docs](https://example.org/docs) and [issue 5](https://example.org/5).

---
Trailing paragraph with a very long line that needs to be wrapped because it goes on and on well past the width of the terminal that we assume here.
"""


def render_inline(text):
    out = []
    i = 0
    links = []
    while i < len(text):
        ch = text[i]
        if text.startswith("**", i):
            end = text.find("**", i + 2)
            if end != -1:
                out.append(text[i + 2:end].upper())
                i = end + 2
                continue
        if ch == "*" or ch == "_":
            end = text.find(ch, i + 1)
            if end != -1:
                out.append("/" + text[i + 1:end] + "/")
                i = end + 1
                continue
        if ch == "`":
            end = text.find("`", i + 1)
            if end != -1:
                out.append("'" + text[i + 1:end] + "'")
                i = end + 1
                continue
        if ch == "[":
            close = text.find("](", i)
            paren = text.find(")", close) if close != -1 else -1
            if close != -1 and paren != -1:
                label = text[i + 1:close]
                url = text[close + 2:paren]
                links.append(url)
                out.append(f"{label}[{len(links)}]")
                i = paren + 1
                continue
        out.append(ch)
        i += 1
    return "".join(out), links


class Renderer:
    def __init__(self, width=60):
        self.width = width
        self.lines = []
        self.footnotes = []

    def emit(self, line=""):
        self.lines.append(line.rstrip())

    def inline(self, text):
        rendered, links = render_inline(text)
        self.footnotes.extend(links)
        # renumber links so they count across the whole document
        base = len(self.footnotes) - len(links)
        for n in range(len(links), 0, -1):
            rendered = rendered.replace(f"[{n}]", f"[{base + n}]")
        return rendered

    def heading(self, level, text):
        text = self.inline(text)
        if level == 1:
            self.emit(text.upper())
            self.emit("=" * len(text))
        elif level == 2:
            self.emit(text)
            self.emit("-" * len(text))
        else:
            self.emit(f"{'#' * level} {text}")
        self.emit()

    def paragraph(self, lines):
        text = self.inline(" ".join(line.strip() for line in lines))
        for line in textwrap.wrap(text, self.width):
            self.emit(line)
        self.emit()

    def bullet_list(self, items, ordered):
        for n, item in enumerate(items, 1):
            marker = f"{n:>2}. " if ordered else "  * "
            wrapped = textwrap.wrap(self.inline(item), self.width - len(marker))
            for k, line in enumerate(wrapped):
                self.emit((marker if k == 0 else " " * len(marker)) + line)
        self.emit()

    def quote(self, lines):
        for line in lines:
            self.emit("  | " + self.inline(line))
        self.emit()

    def code(self, lines):
        wide = max((len(l) for l in lines), default=0)
        self.emit("  +" + "-" * (wide + 2) + "+")
        for line in lines:
            self.emit(f"  | {line:<{wide}} |")
        self.emit("  +" + "-" * (wide + 2) + "+")
        self.emit()

    def render(self, source):
        lines = source.splitlines()
        i = 0
        while i < len(lines):
            line = lines[i]
            stripped = line.strip()
            if not stripped:
                i += 1
            elif stripped.startswith("```"):
                j = i + 1
                while j < len(lines) and not lines[j].strip().startswith("```"):
                    j += 1
                self.code(lines[i + 1:j])
                i = j + 1
            elif stripped.startswith("#"):
                level = len(stripped) - len(stripped.lstrip("#"))
                self.heading(level, stripped[level:].strip())
                i += 1
            elif stripped == "---":
                self.emit("~" * self.width)
                i += 1
            elif stripped.startswith(">"):
                block = []
                while i < len(lines) and lines[i].strip().startswith(">"):
                    block.append(lines[i].strip()[1:].strip())
                    i += 1
                self.quote(block)
            elif stripped[0] in "-*" or stripped.split(".")[0].isdigit():
                ordered = stripped[0].isdigit()
                items = []
                while i < len(lines) and lines[i].strip():
                    cur = lines[i]
                    if cur.startswith("  ") and items:
                        items[-1] += " " + cur.strip()
                    else:
                        items.append(cur.strip().split(" ", 1)[1])
                    i += 1
                self.bullet_list(items, ordered)
            else:
                block = []
                while i < len(lines) and lines[i].strip() and not lines[i].lstrip().startswith(("#", ">", "```", "---")):
                    block.append(lines[i])
                    i += 1
                self.paragraph(block)
        if self.footnotes:
            self.emit("Links:")
            for n, url in enumerate(self.footnotes, 1):
                self.emit(f"  [{n}] {url}")
        return "\n".join(self.lines)


def main():
    out = Renderer(width=48).render(DOC)
    print(out)
    print()
    stats = {
        "lines": out.count("\n") + 1,
        "words": len(out.split()),
        "longest": max(len(l) for l in out.splitlines()),
    }
    print(", ".join(f"{k}={v}" for k, v in stats.items()))
    print(repr(render_inline("a **b** _c_ `d` [e](f)")))


main()
