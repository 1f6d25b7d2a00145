# Sets and frozensets: | & - ^ operators, methods (add, discard, remove, update, issubset...), comprehensions, frozenset keys.

python = {"ann", "bob", "cy", "dee", "eve"}
rust = {"bob", "dee", "fay", "gus"}
go = {"cy", "dee", "gus", "hal"}


def show(label, s):
    print(f"{label:<22}", sorted(s))


show("python | rust", python | rust)
show("python & rust", python & rust)
show("python - rust", python - rust)
show("python ^ rust", python ^ rust)
show("all three", python & rust & go)
show("exactly one language", (python ^ rust ^ go) - (python & rust & go))
show("union()", python.union(rust, go))
show("intersection()", go.intersection(rust))
show("difference()", go.difference(python, rust))
print("issubset:", {"bob", "dee"} <= rust, {"bob"}.issubset(python), rust.issuperset({"fay"}))
print("disjoint:", rust.isdisjoint({"ann", "zed"}), rust.isdisjoint(go))
team = set()
for name in ["ann", "bob", "ann", "cy", "bob"]:
    team.add(name)
show("team", team)
team.discard("zed")
team.remove("ann")
team.update(["hal", "ivy"])
team |= {"jo"}
team -= {"bob"}
show("team now", team)
try:
    team.remove("zed")
except KeyError as e:
    print("remove missing:", e)
squares = {n * n % 10 for n in range(100)}
print("last digits of squares:", sorted(squares), len(squares))
print("dedupe keeps first order:", list(dict.fromkeys([3, 1, 3, 2, 1])))
fz = frozenset(["x", "y"])
pairs = {fz: "xy", frozenset(["y", "z"]): "yz"}
print(pairs[frozenset(["y", "x"])], fz | {"w"} == frozenset("wxy"), len(fz & frozenset("yq")))
print(3 in {1, 2, 3}, 4 not in {1, 2, 3}, {1, 2} == {2, 1}, {1, 2} < {1, 2, 3}, set() == set([]))
print(sorted({(a, b) for a in range(3) for b in range(3) if a < b}))
print(sum({5, 5, 6}), max({-1, -7}), min(frozenset([9, 4, 8])), len(set("mississippi")))
