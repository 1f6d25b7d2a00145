# Collatz sequence lengths: while loops, // and %, and tracking a maximum.

def collatz_steps(n):
    steps = 0
    while n != 1:
        if n % 2 == 0:
            n = n // 2
        else:
            n = 3 * n + 1
        steps += 1
    return steps


def peak(n):
    highest = n
    while n != 1:
        if n % 2 == 0:
            n //= 2
        else:
            n = 3 * n + 1
        highest = max(highest, n)
    return highest


print("n  steps  peak")
for n in range(1, 16):
    print(n, collatz_steps(n), peak(n), sep="\t")

best = 1
best_steps = 0
for n in range(1, 10000):
    s = collatz_steps(n)
    if s > best_steps:
        best = n
        best_steps = s
print("longest chain below 10000 starts at", best, "with", best_steps, "steps")
print("its peak value is", peak(best))

print("sequence from 27, first 20 terms:")
n = 27
for i in range(20):
    print(n, end=" ")
    if n % 2 == 0:
        n = n // 2
    else:
        n = 3 * n + 1
print("...")
