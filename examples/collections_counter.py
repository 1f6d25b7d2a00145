"""collections.Counter: word and letter frequencies, most_common ordering, updates."""
from collections import Counter

text = """the quick brown fox jumps over the lazy dog the dog barks
and the fox runs away quick as a fox can run over the hill"""

words = Counter(text.split())
print(words.most_common(3))
print(words["the"], words["fox"], words["cat"], "cat" in words, len(words))
print(words.total())

letters = Counter()
for ch in text:
    if ch.isalpha():
        letters[ch] += 1
top = letters.most_common(5)
for letter, n in top:
    print(letter, n, "*" * n)

c = Counter("abracadabra")
print(c)
print(repr(c), str(Counter()))
print(c.most_common())
print(sorted(c.elements()))
c.update("banana")
print(c)
c.subtract("aaaa")
print(c, c["a"])
c["z"] = 7
del_me = c.most_common(1)[0][0]
print(del_me, c.most_common(2))

scores = Counter([3, 1, 3, 2, 3, 1])
print(scores, scores[3], scores[4])
for value in sorted(scores):
    print(value, scores[value])
tally = Counter(["b", "a", "c", "a", "b"])
other = Counter(["c", "c", "d"])
tally.update(other)
print(tally, tally.most_common(2))
print(dict(sorted(tally.items())))
print(list(tally.keys()), list(tally.values()))
print(tally == Counter(["a", "a", "b", "b", "c", "c", "c", "d"]))

a = Counter("mississippi")
b = Counter("misty")
print(a + b)
print(a - b, b - a)
print(a | b, a & b)
a += Counter("sss")
print(a, isinstance(a, Counter), isinstance(a, dict))
for letter, n in a.items():
    if n > 3:
        print(letter, n)

stock = Counter({"apples": 3, "pears": 1})
stock.update({"apples": 2, "plums": 4})
stock.update(["pears", "pears"])
stock.subtract(Counter(["plums"]))
print(stock, stock.most_common(1))
items = stock.elements()
print(sorted(items), list(items), str(Counter("aab").elements())[:26])
