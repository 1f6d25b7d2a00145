# Combinatorial search with itertools: a cryptarithm by permutations, subset sums by combinations,
# dice totals by product, and running statistics with accumulate/groupby/islice/chain.
from itertools import accumulate, chain, combinations, combinations_with_replacement, count, groupby, islice, permutations, product


def word_value(word: str, digit: dict) -> int:
    v = 0
    for ch in word:
        v = v * 10 + digit[ch]
    return v


def send_more_money() -> list:
    # SEND + MORE = MONEY: every assignment of distinct digits to the eight letters
    letters = "SENDMORY"
    solutions = []
    for digits in permutations(range(10), 8):
        s, e, n, d, m, o, r, y = digits
        if s == 0 or m == 0:
            continue
        send = ((s * 10 + e) * 10 + n) * 10 + d
        more = ((m * 10 + o) * 10 + r) * 10 + e
        money = (((m * 10 + o) * 10 + n) * 10 + e) * 10 + y
        if send + more == money:
            solutions.append((send, more, money))
    return solutions


def subset_sums(n: int, target: int) -> int:
    hits = 0
    for a, b, c, d in combinations(range(1, n + 1), 4):
        if a + b + c + d == target and (a * b * c * d) % 7 == 0:
            hits += 1
    return hits


def dice_totals() -> dict:
    totals = {}
    for roll in product(range(1, 7), repeat=5):
        t = roll[0] + roll[1] + roll[2] + roll[3] + roll[4]
        totals[t] = totals.get(t, 0) + 1
    return totals


def coin_ways(target: int) -> int:
    coins = [1, 2, 5, 10, 20, 50]
    ways = 0
    for hand in combinations_with_replacement(coins, 5):
        if sum(hand) == target:
            ways += 1
    return ways


def triangle_runs(limit: int) -> list:
    # lengths of runs of triangular numbers with the same last digit
    triangles = islice(accumulate(count(1)), limit)
    return [len(list(g)) for _, g in groupby(triangles, key=lambda t: t % 10)]


def main() -> None:
    print("send+more=money:", send_more_money())
    print("4-subsets of 1..70 summing to 120 with a multiple of 7:", subset_sums(70, 120))
    totals = dice_totals()
    print("five dice:", [totals[t] for t in sorted(totals)])
    print("ways to pay 50 with five coins:", coin_ways(50))
    runs = triangle_runs(200000)
    print("triangle digit runs:", len(runs), max(runs), sum(runs))
    pairs = 0
    for x, y in product(range(600), repeat=2):
        if (x * x + y * y) % 97 == 1:
            pairs += 1
    print("pairs:", pairs)
    print("chained:", sum(chain(range(1000), islice(count(5, 5), 1000))))


main()
