# Stack and Queue classes (__len__, __bool__, __repr__) used for bracket matching and a breadth-first grid search.


class Stack:
    def __init__(self):
        self._items = []

    def push(self, x):
        self._items.append(x)

    def pop(self):
        if not self._items:
            raise IndexError("pop from empty stack")
        return self._items.pop()

    def peek(self):
        return self._items[-1]

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __repr__(self):
        return "Stack(" + repr(self._items) + ")"


class Queue:
    def __init__(self):
        self._front = []
        self._back = []

    def put(self, x):
        self._back.append(x)

    def get(self):
        if not self._front:
            while self._back:
                self._front.append(self._back.pop())
        return self._front.pop()

    def __len__(self):
        return len(self._front) + len(self._back)


PAIRS = {")": "(", "]": "[", "}": "{"}


def balanced(text):
    st = Stack()
    for i, ch in enumerate(text):
        if ch in "([{":
            st.push(ch)
        elif ch in PAIRS:
            if not st or st.pop() != PAIRS[ch]:
                return f"mismatch at {i}"
    return "ok" if not st else f"{len(st)} unclosed"


for s in ["(a[b]{c})", "((x)", "{[}]", "a)b", "[{()()}]"]:
    print(f"{s:<12} {balanced(s)}")

GRID = ["S..#....",
        ".#.#.##.",
        ".#...#..",
        ".####.#.",
        "......#E"]


def shortest_path(grid):
    q = Queue()
    q.put((0, 0, 0))
    seen = {(0, 0)}
    while len(q) > 0:
        r, c, d = q.get()
        if grid[r][c] == "E":
            return d
        for dr, dc in ((1, 0), (-1, 0), (0, 1), (0, -1)):
            nr, nc = r + dr, c + dc
            if 0 <= nr < len(grid) and 0 <= nc < len(grid[0]) and grid[nr][nc] != "#" and (nr, nc) not in seen:
                seen.add((nr, nc))
                q.put((nr, nc, d + 1))
    return -1


print("shortest path:", shortest_path(GRID))
st = Stack()
for n in range(5):
    st.push(n * n)
print(st, st.peek(), len(st))
while st:
    print("pop", st.pop())
try:
    st.pop()
except IndexError as e:
    print("error:", e)
