# for ... else and while ... else: the else block runs when the loop ends without break.


def find_first_divisor(n):
    for d in range(2, n):
        if n % d == 0:
            print(f"{n} = {d} * {n // d}")
            break
    else:
        print(f"{n} is prime")


for n in [7, 12, 29, 35]:
    find_first_divisor(n)

# a loop without break: the else always runs, also for an empty loop
for x in []:
    print("never")
else:
    print("empty loop, else ran")

# while ... else with a break in a nested loop (which only leaves the inner loop)
i = 0
while i < 3:
    for j in range(5):
        if j == 1:
            break
    i += 1
else:
    print("while finished, i =", i)

# nested for-else: the inner else, and the outer break that skips the outer else
grid = [[1, 2, 3], [4, 0, 6], [7, 8, 9]]
for row in grid:
    for v in row:
        if v == 0:
            print("zero in", row)
            break
    else:
        print("no zero in", row)
        continue
    break
else:
    print("no zero anywhere")


def search(words, target):
    k = 0
    while k < len(words):
        if words[k] == target:
            return k
        k += 1
    else:
        return -1


print(search(["a", "b", "c"], "c"), search(["a"], "z"))

# the loop variable keeps its last value after the else
for n in range(3):
    pass
else:
    print("after loop n =", n)
