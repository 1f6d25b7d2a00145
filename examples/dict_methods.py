# Dict operations: insertion order, pop/popitem/update/setdefault/del, keys/values/items views, comprehensions, nesting.

stock = {"apple": 5, "banana": 0, "cherry": 12}
stock["date"] = 7
stock["apple"] = 6  # updating keeps the original position
print(stock, len(stock))
print(list(stock.keys()), list(stock.values()))
for name, qty in stock.items():
    print(f"  {name:<7}{qty:>3}")
removed = stock.pop("banana")
print("popped banana:", removed, "| pop missing with default:", stock.pop("kiwi", -1))
stock.update({"elderberry": 3, "cherry": 10})
stock.update(fig=2)
print(stock)
print("setdefault existing:", stock.setdefault("apple", 99), "new:", stock.setdefault("grape", 1))
del stock["date"]
print("after del:", stock)
last = stock.popitem()
print("popitem:", last, "->", stock)
inverted = {qty: name for name, qty in stock.items()}
print("inverted:", inverted)
doubled = {k: v * 2 for k, v in stock.items() if v > 2}
print("doubled big ones:", doubled)
print("sorted by qty:", sorted(stock, key=stock.get))
print("max key by value:", max(stock, key=lambda k: stock[k]))
print("total:", sum(stock.values()), " any empty:", any(v == 0 for v in stock.values()))
merged = dict(stock)
merged.update(doubled)
print("copy is independent:", merged != stock, stock == dict(stock))
grid = {(r, c): r * 3 + c for r in range(3) for c in range(3)}
print("tuple keys:", grid[(1, 2)], grid[2, 0], len(grid))
nested = {"ann": {"math": 90, "art": 75}, "bo": {"math": 60}}
nested["bo"]["art"] = 88
nested.setdefault("cy", {})["math"] = 70
for student, marks in nested.items():
    print(student, marks, "avg", sum(marks.values()) / len(marks))
zipped = dict(zip("abc", range(1, 4)))
print(zipped, dict([("x", 1), ("y", 2)]), {**zipped, "d": 4})
stock.clear()
print("cleared:", stock, bool(stock))

# a key missing from the dict gives None, which CPython can't order beside an int
try:
    print(sorted(["apple", "kiwi"], key=stock.get))
except TypeError as e:
    print("TypeError:", e)
