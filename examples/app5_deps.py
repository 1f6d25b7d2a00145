"""A package dependency resolver: semantic versions, constraint parsing, backtracking search."""
import re
from collections import defaultdict, deque
from functools import total_ordering


class ResolutionError(Exception):
    pass


class ConstraintSyntaxError(ValueError):
    pass


@total_ordering
class Version:
    PATTERN = re.compile(r"^(\d+)\.(\d+)\.(\d+)(?:-([a-z]+)\.?(\d+)?)?$")

    def __init__(self, text: str):
        m = self.PATTERN.match(text)
        if not m:
            raise ValueError(f"invalid version: {text!r}")
        self.major, self.minor, self.patch = int(m.group(1)), int(m.group(2)), int(m.group(3))
        self.pre = m.group(4) or ""
        self.pre_num = int(m.group(5)) if m.group(5) else 0
        self.text = text

    def _key(self):
        # a release sorts after its pre-releases
        return (self.major, self.minor, self.patch, self.pre == "", self.pre, self.pre_num)

    def __eq__(self, other):
        return isinstance(other, Version) and self._key() == other._key()

    def __lt__(self, other):
        return self._key() < other._key()

    def __hash__(self):
        return hash(self._key())

    def __repr__(self):
        return f"Version({self.text!r})"

    def __str__(self):
        return self.text


class Constraint:
    OPS = {
        ">=": lambda v, w: v >= w,
        "<=": lambda v, w: v <= w,
        ">": lambda v, w: v > w,
        "<": lambda v, w: v < w,
        "==": lambda v, w: v == w,
        "!=": lambda v, w: v != w,
    }
    TOKEN = re.compile(r"\s*(>=|<=|==|!=|>|<|\^|~)?\s*([0-9][0-9a-z.\-]*)\s*")

    def __init__(self, text: str):
        self.text = text.strip() or "*"
        self.checks: list[tuple[str, Version]] = []
        if self.text == "*":
            return
        for part in self.text.split(","):
            m = self.TOKEN.fullmatch(part)
            if not m:
                raise ConstraintSyntaxError(f"cannot parse constraint {part.strip()!r}")
            op, ver = m.group(1) or "==", Version(m.group(2))
            if op == "^":
                upper = Version(f"{ver.major + 1}.0.0") if ver.major else Version(f"0.{ver.minor + 1}.0")
                self.checks += [(">=", ver), ("<", upper)]
            elif op == "~":
                self.checks += [(">=", ver), ("<", Version(f"{ver.major}.{ver.minor + 1}.0"))]
            else:
                self.checks.append((op, ver))

    def allows(self, v: Version) -> bool:
        if v.pre and not any(w.pre for _, w in self.checks):
            return False
        return all(self.OPS[op](v, w) for op, w in self.checks)

    def __str__(self):
        return self.text


# registry: package -> version -> {dependency: constraint}
REGISTRY: dict[str, dict[str, dict[str, str]]] = {
    "app": {"1.0.0": {"web": "^2.0.0", "db": ">=1.2.0, <2.0.0", "log": "*"}},
    "web": {
        "2.0.0": {"http": "^1.0.0", "log": "~1.1.0"},
        "2.1.0": {"http": "^1.2.0", "log": ">=1.2.0"},
        "2.2.0-beta.1": {"http": "^2.0.0"},
        "3.0.0": {"http": "^2.0.0"},
    },
    "http": {"1.0.0": {}, "1.2.0": {"log": ">=1.0.0"}, "1.3.1": {"log": ">=1.3.0"}, "2.0.0": {}},
    "db": {"1.1.0": {}, "1.2.0": {"log": "^1.0.0"}, "1.5.2": {"log": "<1.3.0"}, "2.0.0": {}},
    "log": {"1.0.0": {}, "1.1.0": {}, "1.1.5": {}, "1.2.0": {}, "1.3.0": {}},
}


class Resolver:
    def __init__(self, registry):
        self.registry = registry
        self.steps = 0
        self.backtracks = 0

    def candidates(self, name: str, constraints: list[Constraint]) -> list[Version]:
        if name not in self.registry:
            raise ResolutionError(f"unknown package {name!r}")
        versions = sorted((Version(v) for v in self.registry[name]), reverse=True)
        return [v for v in versions if all(c.allows(v) for c in constraints)]

    def resolve(self, root: str, version: str) -> dict[str, Version]:
        requirements: dict[str, list[Constraint]] = defaultdict(list)
        requirements[root].append(Constraint(f"=={version}"))
        result = self._search({}, requirements, deque([root]))
        if result is None:
            raise ResolutionError(f"no solution for {root} {version}")
        return result

    def _search(self, chosen, requirements, queue):
        self.steps += 1
        while queue and queue[0] in chosen:
            name = queue.popleft()
            if not all(c.allows(chosen[name]) for c in requirements[name]):
                return None
        if not queue:
            return dict(chosen)
        name = queue[0]
        for candidate in self.candidates(name, requirements[name]):
            deps = self.registry[name][str(candidate)]
            new_reqs = defaultdict(list, {k: list(v) for k, v in requirements.items()})
            for dep, text in deps.items():
                new_reqs[dep].append(Constraint(text))
            new_chosen = dict(chosen)
            new_chosen[name] = candidate
            new_queue = deque(list(queue)[1:] + sorted(deps))
            # re-check packages already chosen against the new constraints
            if any(d in new_chosen and not Constraint(t).allows(new_chosen[d]) for d, t in deps.items()):
                self.backtracks += 1
                continue
            result = self._search(new_chosen, new_reqs, new_queue)
            if result is not None:
                return result
            self.backtracks += 1
        return None


def install_order(solution: dict[str, Version], registry) -> list[str]:
    indeg = {name: 0 for name in solution}
    users = defaultdict(list)
    for name, ver in solution.items():
        for dep in registry[name][str(ver)]:
            indeg[name] += 1
            users[dep].append(name)
    ready = sorted(n for n, d in indeg.items() if d == 0)
    order = []
    while ready:
        n = ready.pop(0)
        order.append(n)
        for u in sorted(users[n]):
            indeg[u] -= 1
            if indeg[u] == 0:
                ready.append(u)
                ready.sort()
    return order


versions = ["1.0.0", "1.0.0-rc.1", "1.0.0-beta.2", "1.0.0-beta.10", "0.9.12", "1.10.0", "1.2.0", "1.0.0-alpha"]
print("sorted:", " < ".join(map(str, sorted(Version(v) for v in versions))))
print("max:", max(Version(v) for v in versions), "| equal:", Version("1.2.0") == Version("1.2.0"), "| set:", len({Version("1.0.0"), Version("1.0.0")}))

for text in ["^1.2.0", "~1.1.0", ">=1.0.0, <1.3.0", "!=1.1.5", "*", "^0.3.1", "1.1.0"]:
    c = Constraint(text)
    allowed = [v for v in REGISTRY["log"] if c.allows(Version(v))]
    print(f"  {str(c):<18} -> {allowed}")
print("  ^0.3.1 allows 0.3.9:", Constraint("^0.3.1").allows(Version("0.3.9")), "0.4.0:", Constraint("^0.3.1").allows(Version("0.4.0")))

for bad in ["=>1.0.0", "1.0", "abc"]:
    try:
        Constraint(bad)
    except ConstraintSyntaxError as e:
        print("syntax error:", e)
    except ValueError as e:
        print("value error:", e)

resolver = Resolver(REGISTRY)
solution = resolver.resolve("app", "1.0.0")
print(f"\nresolved in {resolver.steps} steps, {resolver.backtracks} backtracks:")
for name in sorted(solution):
    print(f"  {name:<5} {solution[name]}")
print("install order:", " -> ".join(install_order(solution, REGISTRY)))

REGISTRY["app"]["2.0.0"] = {"web": ">=3.0.0", "db": "^1.5.0", "http": "<2.0.0"}
try:
    Resolver(REGISTRY).resolve("app", "2.0.0")
except ResolutionError as e:
    print("error:", e)
REGISTRY["app"]["3.0.0"] = {"cache": "*"}
try:
    Resolver(REGISTRY).resolve("app", "3.0.0")
except ResolutionError as e:
    print("error:", e)
