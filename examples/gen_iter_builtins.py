class Bag:
    def __init__(self, items):
        self.items = items
    def __iter__(self):
        yield from self.items

class Words:
    def __init__(self, text):
        self.text = text
    def __iter__(self):
        for w in self.text.split():
            yield w.upper()

b = Bag([3, 1, 2])
w = Words("a bc def")
print(tuple(b), "-".join(w), any(x > 2 for x in b), all(b))
print(list(map(lambda x: x * 10, b)), list(filter(lambda x: x != 1, b)))
print(list(enumerate(w, 1)))
print(list(iter(b)), max(w), sorted(w, key=len, reverse=True))
it = iter(w)
print(next(it))
for x in it:
    print("rest", x)
print(sum(x for x in b if x > 1))
print({k: len(k) for k in w})
print(min(b, default=0), list(zip(w, b)))
