scores = {"a": 3, "b": 1, "c": 2}
order = sorted(list(scores.keys()), key=lambda k: scores[k])
ranked = sorted(scores.items(), key=lambda kv: -kv[1])
print(order, ranked)
