"""Process web-server logs with a pipeline of generators."""
from collections import Counter, defaultdict

LOG = """\
2024-05-01T10:00:01 192.168.0.1 GET /index.html 200 5120 12ms
2024-05-01T10:00:02 192.168.0.2 GET /about.html 200 2048 8ms
2024-05-01T10:00:02 10.0.0.7 POST /api/login 401 128 30ms
# comment line that should be skipped
2024-05-01T10:00:05 10.0.0.7 POST /api/login 200 256 41ms
2024-05-01T10:00:09 192.168.0.1 GET /missing 404 0 3ms
garbage line without enough fields
2024-05-01T10:01:00 172.16.5.4 GET /api/items?page=2 200 10240 120ms
2024-05-01T10:01:30 172.16.5.4 GET /api/items?page=3 500 64 900ms
2024-05-01T10:02:00 192.168.0.2 DELETE /api/items/17 204 0 55ms

2024-05-01T10:02:10 10.0.0.7 GET /index.html 304 0 2ms
2024-05-01T10:03:44 192.168.0.9 GET /api/items?page=1 200 9800 98ms
2024-05-01T10:04:00 192.168.0.9 PUT /api/items/18 400 77 15ms
2024-05-01T10:05:00 10.0.0.7 GET /api/slow 503 0 2500ms
"""


class Record:
    __slots__ = ("time", "ip", "method", "path", "status", "size", "ms")

    def __init__(self, time, ip, method, path, status, size, ms):
        self.time = time
        self.ip = ip
        self.method = method
        self.path = path
        self.status = status
        self.size = size
        self.ms = ms

    def __repr__(self):
        return f"<{self.method} {self.path} {self.status}>"


def read_lines(text):
    for line in text.splitlines():
        yield line


def strip_comments(lines):
    for line in lines:
        line = line.strip()
        if line and not line.startswith("#"):
            yield line


def parse(lines, errors):
    for n, line in enumerate(lines, 1):
        fields = line.split()
        if len(fields) != 7:
            errors.append(f"record {n}: expected 7 fields, got {len(fields)}")
            continue
        time, ip, method, path, status, size, ms = fields
        yield Record(time, ip, method, path, int(status), int(size), int(ms.removesuffix("ms")))


def only(records, predicate):
    yield from (r for r in records if predicate(r))


def windows(records, size):
    batch = []
    for r in records:
        batch.append(r)
        if len(batch) == size:
            yield batch
            batch = []
    if batch:
        yield batch


def pipeline(text, errors):
    yield from parse(strip_comments(read_lines(text)), errors)


def percentile(values, p):
    ordered = sorted(values)
    k = (len(ordered) - 1) * p / 100
    lo = int(k)
    hi = min(lo + 1, len(ordered) - 1)
    return ordered[lo] + (ordered[hi] - ordered[lo]) * (k - lo)


def running_average(values):
    total = 0.0
    count = 0
    for value in values:
        total += value
        count += 1
        yield total / count


def main():
    errors = []
    records = list(pipeline(LOG, errors))
    print(f"{len(records)} records, {len(errors)} errors")
    for e in errors:
        print("  !", e)

    status_classes = Counter(f"{r.status // 100}xx" for r in records)
    print("status classes:", sorted(status_classes.items()))
    print("most common paths:", Counter(r.path.split("?")[0] for r in records).most_common(3))

    server_errors = list(only(pipeline(LOG, []), lambda r: r.status >= 500))
    print("server errors:", server_errors)

    by_ip = defaultdict(lambda: [0, 0])
    for r in records:
        stats = by_ip[r.ip]
        stats[0] += 1
        stats[1] += r.size
    print(f"{'ip':<15} {'reqs':>4} {'bytes':>8}")
    for ip, (count, size) in sorted(by_ip.items(), key=lambda kv: (-kv[1][1], kv[0])):
        print(f"{ip:<15} {count:>4} {size:>8,}")

    latencies = [r.ms for r in records]
    for p in (50, 90, 99):
        print(f"p{p} latency: {percentile(latencies, p):.1f} ms")

    trace = running_average(r.ms for r in records)
    print("running avg:", ", ".join(f"{a:.0f}" for a in trace))

    for i, batch in enumerate(windows(iter(records), 4)):
        slow = [r.path for r in batch if r.ms > 50]
        print(f"window {i}: {len(batch)} records, {sum(r.size for r in batch):>6} bytes, slow={slow}")

    gen = pipeline(LOG, [])
    first = next(gen)
    second = next(gen)
    print("first two:", first, second, "rest:", sum(1 for _ in gen))
    try:
        next(gen)
    except StopIteration:
        print("generator exhausted")

    methods = {r.method for r in records}
    print("methods:", sorted(methods), "any DELETE:", any(r.method == "DELETE" for r in records),
          "all have ip:", all(r.ip.count(".") == 3 for r in records))


main()
