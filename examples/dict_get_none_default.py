# d.get(k, None) and d.pop(k, None): the None default is a possible result only; the dict's
# values stay what was stored (dates here, which have no None beside them).
from datetime import date

due = {"dune": date(2024, 1, 16), "emma": date(2024, 1, 20)}
returned = due.pop("dune", None)
print(returned, due.pop("dune", None))
missing = due.get("ulysses", None)
print(missing, due.get("emma", None))
for title, when in due.items():
    print(title, (when - date(2024, 1, 1)).days, "days")

counts = {"a": 3, "b": 0}
for key in ("a", "z"):
    n = counts.get(key, None)
    print(key, "missing" if n is None else str(n + 1))
print(counts.pop("b", None), counts.pop("b", None), counts)

maybe = {"x": None, "y": 2.5}
print(maybe.get("x", None), maybe.get("y"), maybe.get("w"), maybe.pop("y", None), maybe)
nothing = {"k": None}
print(nothing.get("k"), nothing.get("q", None), nothing.pop("k", None), nothing)
lists = {1: [1, 2]}
print(lists.get(1, None), lists.pop(1, None), lists.pop(1, None))
