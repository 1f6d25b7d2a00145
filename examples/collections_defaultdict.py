"""collections.defaultdict: grouping, counting, graphs, nested factories."""
from collections import defaultdict

words = ["apple", "bob", "avocado", "banana", "cherry", "blueberry", "cranberry", "date"]
by_letter = defaultdict(list)
for w in words:
    by_letter[w[0]].append(w)
print(by_letter)
for letter in sorted(by_letter):
    print(letter, len(by_letter[letter]), by_letter[letter])

lengths = defaultdict(int)
for w in words:
    lengths[len(w)] += 1
print(sorted(lengths.items()))
print(lengths[100], 100 in lengths, len(lengths))

edges = [(1, 2), (1, 3), (2, 4), (3, 4), (4, 5)]
graph = defaultdict(set)
for a, b in edges:
    graph[a].add(b)
    graph[b].add(a)
for node in sorted(graph):
    print(node, sorted(graph[node]))

totals = defaultdict(float)
for name, amount in [("ann", 3.5), ("bob", 1.25), ("ann", 0.5)]:
    totals[name] += amount
print(totals, totals.get("carl", -1.0), totals["carl"])

labels = defaultdict(str)
labels[1] += "one"
labels[2] += "two"
labels[1] += "!"
print(labels, dict(labels))

counts = defaultdict(lambda: 10)
counts["x"] += 1
counts["y"] -= 1
print(sorted(counts.items()), counts["z"])

nested = defaultdict(dict)
nested["a"]["k"] = 1
nested["b"]["k"] = 2
nested["a"]["j"] = 3
print(nested)
print(nested["a"] == {"k": 1, "j": 3}, nested == {"a": {"k": 1, "j": 3}, "b": {"k": 2}})

flags = defaultdict(bool)
print(flags["missing"], flags)

index = defaultdict(list)
for i, ch in enumerate("hello world"):
    index[ch].append(i)
print(index["l"], index["o"], index["q"], len(index))
for k, v in index.items():
    if len(v) > 1:
        print(repr(k), v)
print(list(index.keys())[:4], index.pop("h"), "h" in index)
plain = defaultdict()
plain["a"] = 1
print(plain)
try:
    print(plain["b"])
except KeyError as e:
    print("KeyError:", e)
seeded = defaultdict(list, {"k": [1]})
seeded["k"].append(2)
seeded["j"].append(3)
print(seeded, isinstance(seeded, dict), isinstance(seeded, defaultdict))


def scaled(k):
    return defaultdict(lambda: k * 10)


tens = scaled(3)
tens["a"] += 1
print(sorted(tens.items()), repr(tens)[:45], repr(counts)[:33])
