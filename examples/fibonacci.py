# Fibonacci numbers three ways: naive recursion, a loop, and a memo list.

def fib_recursive(n):
    if n < 2:
        return n
    return fib_recursive(n - 1) + fib_recursive(n - 2)


def fib_loop(n):
    a = 0
    b = 1
    for i in range(n):
        t = a + b
        a = b
        b = t
    return a


memo = [0, 1]


def fib_memo(n):
    while len(memo) <= n:
        memo.append(memo[-1] + memo[-2])
    return memo[n]


for n in range(0, 21, 4):
    print("fib(", n, ") = ", fib_recursive(n), sep="")

print("agree up to 25:", fib_recursive(25) == fib_loop(25) == fib_memo(25))
print("fib(90) =", fib_loop(90))
print("fib(92) =", fib_memo(92), "(the largest that fits in 64 bits)")

# Ratio of consecutive terms approaches the golden ratio.
for n in [5, 10, 20, 40]:
    print(n, fib_loop(n + 1) / fib_loop(n))

even_sum = 0
for x in memo:
    if x % 2 == 0 and x < 4000000:
        even_sum += x
print("sum of even terms below four million:", even_sum)
