# Slicing with steps and negative bounds: reading, assigning and deleting on lists, strs, tuples
# and bytearrays; unpacking in assignments and loops.

xs = list(range(20))
print(xs[::3], xs[-5:], xs[15:3:-4], xs[::-1][:4], xs[100:], xs[-100:2])
ys = xs[:]
ys[2:5] = [-1, -2]
print(ys[:6], len(ys))
ys[::2] = [0] * len(ys[::2])
print(ys[:8])
del ys[1::3]
print(ys, len(ys))
del ys[-2:]
print(ys)
s = "Hello, World!"
print(s[::-1], s[7:], s[:-1], s[::2], s[-6:-1], s[3:3] == "")
try:
    ys[::2] = [1, 2]
except ValueError as e:
    print("ValueError:", e)
m = [[r * 4 + c for c in range(4)] for r in range(4)]
print([row[1:3] for row in m[1:3]])
t = tuple(xs)
print(t[2:8:2], t[-1], t[::-5])
b = bytearray(b"abcdef")
b[1:3] = b"XYZ"
print(b, bytes(b[::-1]))
words = "the quick brown fox".split()
words[1:1] = ["very", "very"]
print(" ".join(words))
nums = [5, 3, 8, 1]
nums[len(nums):] = [9, 7]
print(nums, nums.index(8), nums[-3:-1])
first, *middle, last = nums
print(first, middle, last)
(a, b), c = (1, 2), 3
print(a, b, c)
for i, (x, y) in enumerate(zip("ab", [10, 20])):
    print(i, x, y)
ba = bytearray(b"0123456789")
ba[::3] = b"abcd"
print(ba)
del ba[1:4]
print(ba)
del ba[::2]
print(ba)
del ba[0]
ba[1:] = ba
print(ba, len(ba))
ba[:0] = bytearray(b"<<")
print(ba)
try:
    ba[::2] = b"x"
except ValueError as e:
    print("ValueError:", e)
