# A small tokenizer, a CSV-ish log report and a config-file parser, all driven by re: named
# groups with lastgroup-free dispatch, finditer consumed lazily (and by next()), match/fullmatch
# with pos, split with a captured separator, sub with templates and functions, on ASCII and
# non-ASCII text.
import re

TOKEN = re.compile(r"\s*(?:(?P<num>\d+(?:\.\d+)?)|(?P<name>[A-Za-z_]\w*)|(?P<op>\*\*|[-+*/()=<>]))")


def tokenize(src):
    pos = 0
    out = []
    while pos < len(src):
        m = TOKEN.match(src, pos)
        if m is None or m.end() == pos:
            if src[pos:].strip() == "":
                break
            raise SyntaxError("bad character %r at %d" % (src[pos], pos))
        if m.group("num") is not None:
            out.append(("NUM", m.group("num")))
        elif m.group("name") is not None:
            out.append(("NAME", m.group("name")))
        else:
            out.append(("OP", m.group("op")))
        pos = m.end()
    return out


for line in ["x = 3 + 4.5 * (y - 2) ** 2", "  total=price*qty  ", "déjà = 1", "a $ b", ""]:
    try:
        print(repr(line), tokenize(line))
    except SyntaxError as e:
        print(repr(line), "error:", e)

LOG = """2024-03-01 12:00:01,INFO,web-1,GET /index.html 200 512
2024-03-01 12:00:02,WARN,web-2,GET /api/v1/items 404 0
2024-03-01 12:00:03,INFO,web-1,POST /api/v1/items 201 88
2024-03-01 12:00:04,ERROR,db-1,query timeout after 30s
2024-03-01 12:00:05,INFO,web-3,GET /static/app.js 304 0
2024-03-01 12:00:06,ERROR,web-2,GET /login 500 17
2024-03-01 12:00:07,INFO,web-1,GET /caf\u00e9/men\u00fc 200 2048
"""

REQ = re.compile(r"(?P<method>GET|POST) (?P<path>\S+) (?P<status>\d{3}) (?P<size>\d+)$")
by_level = {}
bytes_by_host = {}
paths = []
for m in re.finditer(r"^(\S+) (\S+),(\w+),([\w-]+),(.*)$", LOG, re.M):
    date, time, level, host, msg = m.groups()
    by_level[level] = by_level.get(level, 0) + 1
    r = REQ.search(msg)
    if r:
        bytes_by_host[host] = bytes_by_host.get(host, 0) + int(r.group("size"))
        paths.append((r.group("path"), r.span("path"), r.start("status")))
    else:
        print("not a request:", host, repr(msg), m.span(5))
print(sorted(by_level.items()))
print(sorted(bytes_by_host.items()))
print(paths)

it = re.finditer(r"\d+", "10 apples, 200 pears and 3000 plums")
first = next(it)
print("first", first.group(), first.span())
print("rest", [x.group() for x in it])
print("again", [x.group() for x in it])
print(next(re.finditer(r"z", "abc"), None))

print(re.split(r"(\s*[,;]\s*)", "a , b;c ;  d"))
print(re.split(r"[,;]\s*", "one, two;three"), re.split(r"\s+", "  lead and trail  "))
print(re.findall(r"[A-Z][a-z]+", "Alice met Bob and Carol in Zürich"))
print(re.findall(r"(\w+)@(\w+)\.com", "ann@example.com, bob@test.com; nobody@nowhere.org"))

CONFIG = """
# comment
name = Krait
version=0.3
  threads   =  4
path = /usr/local/lib ; trailing
bad line
empty =
"""
settings = {}
for ln in CONFIG.splitlines():
    ln = re.sub(r"\s*[#;].*$", "", ln)
    if not ln.strip():
        continue
    kv = re.fullmatch(r"\s*(\w+)\s*=\s*(.*?)\s*", ln)
    if kv:
        settings[kv.group(1)] = kv.group(2)
    else:
        print("skipped:", repr(ln))
print(settings)

text = "The year 1999 ended; 2000 began. Then 2024, and 12345 is not a year."
print(re.sub(r"\b(\d{2})(\d{2})\b", r"'\2", text))
print(re.sub(r"\b\d{4}\b", lambda y: str(int(y.group()) + 1), text))
print(re.subn(r"[aeiou]", "", text, count=5))
print(re.sub(r"(?i)the", "<\\g<0>>", text))
print(re.sub(r"\s+", " ", "  many   spaces\t\tand\n\nlines  "))
print(re.sub(r"(?P<w>\w+)@", r"\g<w> at ", "mail ann@x or bob@y"))

words = re.split(r"[^A-Za-z\u00c0-\u017f]+", "Grüße, Straße & naïve café — déjà vu!")
print(words, [w for w in words if re.fullmatch(r"[a-z]+", w)])
m = re.search(r"(?P<w>\w+)é", "un café noir")
print(m.group(), m.span(), m.group("w"), m.start("w"), m.end())
print(re.findall(r"\w+", "αβγ δε, ζ"), re.findall(r"\d+", "٣٤ and 56"))
