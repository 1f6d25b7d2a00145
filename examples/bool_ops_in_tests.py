# 'and'/'or' in tests (if, while, conditional expressions, comprehension filters) of operands of different types.
items = ["a", "b"]
n = 3
if items and n > 2:
    print("both")
while items and len(items) > 1:
    items.pop()
print(items, "yes" if items or n else "no", [w for w in ["x", ""] if w and n])
name = ""
if not name or n < 0:
    print("empty name")
