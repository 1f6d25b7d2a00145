# Iteration built-ins: enumerate zip map filter reversed sum min max any all len iter next range, over several containers.

temps = [12.5, 14.0, 9.5, 17.25, 15.0, 11.0, 13.5]
days = ["Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun"]
for i, (day, t) in enumerate(zip(days, temps)):
    marker = "*" if t == max(temps) else ""
    print(f"{i} {day} {t:5.2f}{marker}")
print("mean:", sum(temps) / len(temps), "range:", max(temps) - min(temps))
print("warm days:", list(filter(lambda dt: dt[1] > 13, zip(days, temps))))
print("fahrenheit:", list(map(lambda c: round(c * 9 / 5 + 32, 1), temps)))
print("any freezing:", any(t <= 0 for t in temps), " all above 9:", all(t > 9 for t in temps))
print("backwards:", list(reversed(days))[:3], "".join(d[0] for d in reversed(days)))
print("rising pairs:", sum(1 for a, b in zip(temps, temps[1:]) if b > a))
print("enumerate start=1:", list(enumerate("abc", 1)))
print("zip stops at shortest:", list(zip(range(10), "xyz", [True, False, True, False])))
print("map with two lists:", list(map(pow, [2, 3, 4], [3, 2, 1])))
print("sum with start:", sum([[1], [2, 3]], []), sum(range(101)), sum([0.1] * 10))
print("empty cases:", sum([]), any([]), all([]), list(reversed([])), len(""))
print("min/max of strings:", min(days), max(days, key=len), min("krait"))
it = iter([3, 1, 4])
print("manual iteration:", next(it), next(it), next(it), next(it, -1))
print("range tricks:", list(range(10, 0, -3)), len(range(0, 100, 7)), range(5)[-1], 7 in range(0, 10, 7))
print("filter(None):", list(filter(None, [0, 1, 0, 2, 3, 0])))
counts = [len(list(g)) for g in [range(3), range(2, 9), range(0, 10, 4)]]
print("lengths via list():", counts)
print("sorted(reversed):", sorted(reversed(range(5))), list(reversed(range(1, 10, 2))))
totals = [0] * 3
for i, v in enumerate(range(1, 11)):
    totals[i % 3] += v
print("bucketed totals:", totals, "abs/round:", abs(-7), round(2.675, 2), round(7.5), round(8.5))
