# 'in' on a set or dict, and == between sets, dicts and tuples, with items of another type than the
# keys: equal numbers match (1.0 == 1), 1.5 is no int key, other types never match.
print(1.5 in {1}, 1.0 in {1}, 1.5 in {1: 2}, 2.0 in {2: 3}, "a" in {1}, "a" in {1: 2})
print(1 in {1.0}, 2 in {1.5}, 2 ** 53 + 1 in {2.0 ** 53}, True in {1}, 1 in {True})
print(1e300 in {1}, float("nan") in {1}, float("inf") in {2: 1}, -0.0 in {0})
print(1.5 not in {1}, "a" not in {1})
print((1, 2) == (1.0, 2), (1, 2) == (1, 2, 3), (1, "a") == (1.0, "a"), (1, "a") != (1, "b"))
print({1} == {1.0}, {"a"} == {1}, {1: "a"} == {1.0: "a"}, {"a": 1} == {1: "a"}, {1: 2} == {1.5: 2})
print({1, 2} != {1.0, 2.5}, {2.0: 1} == {2: 1})
