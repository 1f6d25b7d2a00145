# One container class used with several element types (ints, strs, tuples): a sorted bag with __iter__, __len__, __contains__.


class SortedBag:
    def __init__(self, name):
        self.name = name
        self.items = []

    def add(self, item):
        # insertion sort step keeps the list ordered
        i = len(self.items)
        self.items.append(item)
        while i > 0 and self.items[i - 1] > item:
            self.items[i] = self.items[i - 1]
            i -= 1
        self.items[i] = item
        return self

    def __iter__(self):
        return iter(self.items)

    def __len__(self):
        return len(self.items)

    def __contains__(self, item):
        lo, hi = 0, len(self.items)
        while lo < hi:
            mid = (lo + hi) // 2
            if self.items[mid] < item:
                lo = mid + 1
            else:
                hi = mid
        return lo < len(self.items) and self.items[lo] == item

    def smallest(self):
        return self.items[0]

    def __repr__(self):
        return f"{self.name}{self.items}"


numbers = SortedBag("numbers")
for n in [42, 7, 19, -3, 7, 100, 0]:
    numbers.add(n)
words = SortedBag("words")
for w in "the quick brown fox jumps over the lazy dog".split():
    words.add(w)
pairs = SortedBag("pairs")
for p in [(2, "b"), (1, "z"), (2, "a"), (0, "q")]:
    pairs.add(p)
print(numbers)
print(words)
print(pairs)
print(len(numbers), len(words), len(pairs))
print(19 in numbers, 20 in numbers, "fox" in words, "cat" in words, (2, "a") in pairs)
print(numbers.smallest(), words.smallest(), pairs.smallest())
print(sum(numbers), "-".join(words), [k for k, _ in pairs])
chained = SortedBag("chained").add(3.5).add(-1.25).add(2.0)
print(chained, max(chained))
