# Log parsing with named groups, a compiled pattern reused in a loop, and sub with a function.
import re

LOG = """2024-03-01 12:00:01 INFO  server: started on port 8080
2024-03-01 12:00:05 WARN  db: slow query (1532 ms) on table users
2024-03-01 12:01:17 ERROR auth: login failed for user 'alice' from 10.0.0.7
2024-03-01 12:01:18 ERROR auth: login failed for user 'bob' from 10.0.0.9
2024-03-01 12:02:00 INFO  server: request /index.html took 12 ms
malformed line here
2024-03-01 12:03:30 WARN  db: slow query (2210 ms) on table orders
2024-03-01 12:04:00 INFO  server: request /api/v1/items?id=42 took 87 ms
"""

LINE = re.compile(r"^(?P<date>\d{4}-\d\d-\d\d) (?P<time>[\d:]+) (?P<level>[A-Z]+)\s+(?P<source>\w+): (?P<msg>.*)$")
levels = {}
sources = []
bad = 0
for line in LOG.splitlines():
    m = LINE.match(line)
    if not m:
        bad += 1
        continue
    level = m.group("level")
    levels[level] = levels.get(level, 0) + 1
    if m.group("source") not in sources:
        sources.append(m.group("source"))
    if level == "ERROR":
        print(m.group("time"), m.groupdict()["msg"])
print(levels, sources, bad)

# every number of milliseconds, and the users and addresses of failed logins
print(re.findall(r"(\d+) ms", LOG))
print(re.findall(r"user '(\w+)' from ([\d.]+)", LOG))
total = 0
for ms in re.findall(r"\((\d+) ms\)", LOG):
    total += int(ms)
print("slow total", total)

# anonymise addresses and quoted user names with functions
def mask_ip(m):
    return m.group(1) + ".x.x." + m.group(2)


def upper_user(m):
    return "'" + m.group(1).upper() + "'"


text = re.sub(r"(\d+)\.\d+\.\d+\.(\d+)", mask_ip, LOG)
text = re.sub(r"'(\w+)'", upper_user, text)
print(text)

# the same with a compiled pattern, subn and a lambda; multiline anchors
stamp = re.compile(r"^\d{4}-(\d\d)-(\d\d) ", re.MULTILINE)
print(stamp.subn(lambda m: m.group(2) + "/" + m.group(1) + " ", LOG)[1])
print(stamp.sub(r"\2.\1. ", LOG).splitlines()[0])

# splitting and word counts
words = {}
for w in re.split(r"[^a-z]+", LOG.lower()):
    if w:
        words[w] = words.get(w, 0) + 1
print(sorted(words.items(), key=lambda kv: (-kv[1], kv[0]))[:5])

# key=value pairs into a dict
config = "name = krait; version=0.1 ;  debug= yes"
pairs = dict(re.findall(r"(\w+)\s*=\s*([\w.]+)", config))
print(pairs)
for m in re.finditer(r"(?P<k>\w+)\s*=\s*(?P<v>[\w.]+)", config):
    print(m.start(), m.end(), m.group("k"), m.span("v"), m.groups())
