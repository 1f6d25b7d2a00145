# A dict whose values are ints and floats.
stock = {"apples": 12, "pears": 2.5, "plums": 0}
print(stock)
stock["pears"] += 1
stock["plums"] = 0.75
stock["figs"] = 3
print(stock, len(stock))
for name, qty in stock.items():
    print(f"{name:<7}|{qty:>6}|{qty:6.2f}|{qty * 2}")
print(sorted(stock.values()), max(stock.values()), min(stock.values()), sum(list(stock.values())))
print(stock.get("apples", 0), stock.get("kiwis", 0), stock.get("kiwis", 1.5))
print(max(stock, key=lambda k: stock[k]), sorted(stock, key=lambda k: stock[k]))
totals = {}
for name, amount in [("a", 1), ("b", 2.5), ("a", 0.5), ("c", 4), ("b", 1)]:
    totals[name] = totals.get(name, 0) + amount
print(totals)
scaled = {k: v * 10 for k, v in totals.items()}
print(scaled, scaled == {"a": 15.0, "b": 35.0, "c": 40})
print({"x": 1, "y": 2.0} == {"x": 1.0, "y": 2}, 2 in stock.values())
stats = {"count": 0, "mean": 0}
values = [3, 4.5, 6]
for v in values:
    stats["count"] += 1
stats["mean"] = sum(values) / stats["count"]
print(stats)
nested = {"p": [1, 2.5], "q": [3]}
print(nested, sum(nested["p"]), nested["q"][0] + 1)
