# A word-to-number translator that ends with an uncaught KeyError (exit 1) after partial output.

NUMBERS = {"zero": 0, "one": 1, "two": 2, "three": 3, "four": 4, "five": 5,
           "six": 6, "seven": 7, "eight": 8, "nine": 9}


def translate(phrase):
    digits = [NUMBERS[w] for w in phrase.lower().split()]
    value = 0
    for d in digits:
        value = value * 10 + d
    return value


phrases = ["One Two Three", "nine nine", "four zero four", "seven eleven", "five"]
total = 0
for p in phrases:
    v = translate(p)
    total += v
    print(f"{p!r:>18} -> {v:>4}  running total {total}")
print("total", total)
