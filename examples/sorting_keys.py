# sorted() and list.sort() with key= and reverse=, stability, tuple keys, multi-pass sorting, and min/max with key.

people = [("Ada", 36, "London"), ("Brian", 29, "Leeds"), ("Cleo", 36, "York"), ("Dev", 22, "London"),
          ("Eve", 29, "York"), ("Finn", 41, "Leeds")]
print([p[0] for p in sorted(people)])
print([p[0] for p in sorted(people, key=lambda p: p[1])])
print([p[0] for p in sorted(people, key=lambda p: p[1], reverse=True)])
print([p[0] for p in sorted(people, key=lambda p: (p[2], -p[1]))])
by_city = sorted(people, key=lambda p: p[1])
by_city.sort(key=lambda p: p[2])  # stable: ages stay ascending within a city
print([(p[2], p[1]) for p in by_city])
words = "the Quick brown fox Jumps over the lazy Dog".split()
print(sorted(words))
print(sorted(words, key=str.lower))
print(sorted(words, key=len, reverse=True))
print(sorted(set(words), key=lambda w: (-len(w), w)))
nums = [5, -3, 12, -7, 0, 8, -1]
nums.sort()
print(nums)
nums.sort(key=abs)
print(nums)
nums.sort(reverse=True)
print(nums)
print(sorted("krait"), sorted((3, 1, 2)), sorted({"b": 1, "a": 2}))
print(min(people, key=lambda p: p[1])[0], max(people, key=lambda p: (p[1], p[0]))[0])
print(min(words, key=len), max(words, key=len), max(nums, key=lambda n: n % 5))
print(min(3, 1, 2), max("apple", "pear", "fig"), min([], default=0), max([2.5, 1.5]))
scores = {"ann": 88, "bob": 95, "cy": 88, "dee": 70}
ranking = sorted(scores.items(), key=lambda kv: (-kv[1], kv[0]))
for rank, (name, score) in enumerate(ranking, 1):
    print(rank, name, score)
print(list(reversed(sorted(scores.values()))), sorted(scores, key=scores.__getitem__))
