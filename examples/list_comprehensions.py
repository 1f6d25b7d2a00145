# List, dict and set comprehensions: nested loops, conditions, transposes, flattening, and comprehension scoping.

matrix = [[1, 2, 3, 4], [5, 6, 7, 8], [9, 10, 11, 12]]
print([[row[i] for row in matrix] for i in range(4)])
print([x for row in matrix for x in row if x % 3 == 0])
print([x * y for x in range(1, 4) for y in range(x, 4)])
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2 == 1])
print(["even" if n % 2 == 0 else "odd" for n in range(5)])
words = ["level", "python", "radar", "krait", "noon", "civic", "code"]
print([w for w in words if w == w[::-1]])
print({w: len(w) for w in words if len(w) > 4})
print(sorted({w[0] for w in words}))
print({n: [d for d in range(1, n + 1) if n % d == 0] for n in (6, 12, 13)})
pyth = [(a, b, c) for c in range(1, 30) for b in range(1, c) for a in range(1, b) if a * a + b * b == c * c]
print(pyth)
primes = [n for n in range(2, 60) if all(n % d != 0 for d in range(2, int(n ** 0.5) + 1))]
print(primes)
board = [["." for _ in range(5)] for _ in range(3)]
board[1][2] = "#"
print(["".join(r) for r in board])
shared = [["."] * 3] * 2
shared[0][0] = "!"
print("aliased rows:", shared)
x = "outer"
squares = [x * x for x in range(4)]
print(x, squares)
flat = [c for word in ["ab", "cd"] for c in word.upper()]
print(flat, sum(len(w) for w in words), max(len(w) for w in words))
table = [[f"{r}x{c}={r * c}" for c in range(1, 4)] for r in range(1, 4)]
for row in table:
    print("  ".join(row))
