# Parsing scores from text with int(); a malformed entry ends the program with a ValueError.

def parse_all(texts):
    scores = []
    for t in texts:
        n = int(t)
        print("parsed", "'" + t + "'", "->", n)
        scores.append(n)
    return scores


def report(scores):
    total = 0
    for s in scores:
        total += s
    print("count", len(scores), "total", total, "best", max(scores), "mean", total / len(scores))


good = ["17", "-4", "  42  ", "+8", "1_000", "0"]
report(parse_all(good))

print("now a batch with a typo:")
bad = ["12", "30", "2O", "5"]
report(parse_all(bad))
