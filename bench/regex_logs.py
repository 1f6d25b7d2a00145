# Regular expressions on long strings: a generated web-server log scanned with findall, finditer
# with named groups, sub with a template and with a function, and split.
import re


def make_log(n):
    paths = ["/index.html", "/api/v1/items", "/static/app.js", "/login", "/api/v1/users", "/favicon.ico"]
    agents = ["curl/8.1", "Mozilla/5.0", "python-requests/2.31", "Go-http-client/1.1"]
    lines = []
    for i in range(n):
        ip = "10." + str(i % 7) + "." + str((i * 13) % 256) + "." + str((i * 29) % 256)
        status = [200, 200, 200, 304, 404, 500][(i * 7) % 6]
        size = (i * 7919) % 50000
        lines.append(ip + " - - [01/Mar/2024:12:" + str(10 + i % 50) + ":" + str(10 + i % 49) + "] \"GET "
                     + paths[i % 6] + "?id=" + str(i) + " HTTP/1.1\" " + str(status) + " " + str(size)
                     + " \"" + agents[i % 4] + "\"")
    return "\n".join(lines) + "\n"


def main():
    log = make_log(120000)
    print(len(log))
    total = 0
    for size in re.findall(r"\" \d{3} (\d+) ", log):
        total += int(size)
    print("bytes", total)
    statuses = {}
    paths = {}
    line = re.compile(r"^(?P<ip>[\d.]+) .*?\"GET (?P<path>[^? ]+)\S* HTTP/1\.1\" (?P<status>\d{3})", re.M)
    for m in line.finditer(log):
        st = m.group("status")
        statuses[st] = statuses.get(st, 0) + 1
        p = m.group("path")
        paths[p] = paths.get(p, 0) + 1
    print(sorted(statuses.items()), sorted(paths.items()))
    masked = re.sub(r"(\d+)\.(\d+)\.\d+\.\d+", r"\1.\2.x.x", log)
    print(len(masked), masked[:60])
    agents = re.sub(r"\"([A-Za-z-]+)/([\d.]+)\"", lambda m: m.group(1).upper(), log)
    print(len(agents), agents.count("CURL"))
    words = re.split(r"[^A-Za-z]+", log)
    print(len(words))
    errors = 0
    for ln in log.splitlines():
        if re.search(r"\" 5\d\d ", ln):
            errors += 1
    print("errors", errors)


main()
