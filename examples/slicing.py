# Slicing lists, strings and tuples: steps, negative indexes, out-of-range bounds, slice assignment and deletion.

nums = list(range(10))
print(nums[2:5], nums[:3], nums[7:], nums[-3:], nums[:-7])
print(nums[::2], nums[1::3], nums[::-1], nums[-2::-3], nums[8:2:-2])
print(nums[5:100], nums[100:], nums[-100:2], nums[6:3], nums[::-1][:3])
text = "Hello, Krait!"
print(text[:5], text[-6:-1], text[::-1], text[::3], repr(text[20:]))
t = (1, 2, 3, 4, 5)
print(t[1:-1], t[::-2], t[:0])
copy = nums[:]
copy[0] = 99
print("copy differs:", copy[0], nums[0])
letters = list("abcdefgh")
letters[1:3] = ["X", "Y", "Z"]
print("".join(letters))
letters[-2:] = []
print("".join(letters))
letters[:0] = ["<"]
letters[len(letters):] = [">"]
print("".join(letters))
letters[::2] = ["_"] * len(letters[::2])
print("".join(letters))
del letters[1:3]
print("".join(letters))
del letters[::3]
print("".join(letters))
grid = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in grid[1:3]])
print([grid[i][i] for i in range(4)], [grid[i][-1 - i] for i in range(4)])
try:
    letters[::2] = ["only one"]
except ValueError as e:
    print("ValueError:", e)
data = list(range(20))
del data[::2]
print(data)
data[2:5] = []
print(data, len(data))


def rotate(items, k):
    k %= len(items)
    return items[-k:] + items[:-k]


print(rotate([1, 2, 3, 4, 5], 2), rotate([1, 2, 3, 4, 5], -1), rotate(list("abc"), 7))
word = "racecar"
print(word == word[::-1], word[len(word) // 2], word[1:-1][1:-1])
