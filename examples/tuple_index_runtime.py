# A tuple indexed with a value known only when the program runs (its positions share one type),
# and reversed() of a dict.

COINS = (50, 25, 10, 5, 1)
NAMES = ("north", "east", "south", "west")


def change(amount):
    out = []
    i = 0
    while amount > 0:
        if COINS[i] <= amount:
            amount -= COINS[i]
            out.append(COINS[i])
        else:
            i += 1
    return out


print(change(88), change(4))
for step in range(-4, 6):
    print(step, NAMES[step % 4], COINS[step // 2])
try:
    print(NAMES[len(NAMES)])
except IndexError as e:
    print("IndexError:", e)
ages = {"ann": 31, "bob": 27, "cy": 45}
print(list(reversed(ages)), [ages[k] for k in reversed(ages)])
