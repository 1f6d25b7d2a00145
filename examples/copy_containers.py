"""copy.copy and copy.deepcopy of lists, dicts, sets and nested containers: shallow copies share
the inner objects, deep copies don't, and sharing inside a deep copy is kept."""
import copy
from copy import deepcopy

grid = [[0, 0, 0], [0, 1, 0], [0, 0, 0]]
shallow = copy.copy(grid)
deep = deepcopy(grid)
grid[1][1] = 5
grid.append([9])
print(grid)
print(shallow, len(shallow), shallow[1] is grid[1])
print(deep, deep[1] is grid[1], deep == [[0, 0, 0], [0, 1, 0], [0, 0, 0]])

config = {"name": ["krait"], "sizes": ["s", "m"]}
backup = copy.deepcopy(config)
alias = copy.copy(config)
config["sizes"].append("xl")
config["name"] = ["other"]
print(config)
print(alias)
print(backup)

tags = {"a", "b"}
more = copy.copy(tags)
more.add("c")
print(sorted(tags), sorted(more))

table = {1: {"x": [1.5]}, 2: {"y": [2.5, 3.5]}}
clone = deepcopy(table)
table[1]["x"].append(0.5)
clone[2]["z"] = []
print(table)
print(clone)

row = [1, 2]
rows = [row, row, [3]]
rows_copy = deepcopy(rows)
rows_copy[0].append(99)
print(rows, rows_copy, rows_copy[0] is rows_copy[1], rows_copy[0] is rows_copy[2])

records = [(1, ["a"]), (2, ["b", "c"])]
records_copy = deepcopy(records)
records[0][1].append("z")
print(records, records_copy)
print(copy.copy(42), deepcopy("text"), copy.copy(2.5), deepcopy(True))
