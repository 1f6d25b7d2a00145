# Containers whose keys or items may be None: a Huffman tree built with heapq, parent links,
# counts keyed by a value that may be None, and an optional list used after a None check.
import heapq


class Node:
    def __init__(self, ch, freq, left=None, right=None):
        self.ch = ch
        self.freq = freq
        self.left = left
        self.right = right


def build(text):
    freq = {}
    for c in text:
        freq[c] = freq.get(c, 0) + 1
    heap = [(f, i, Node(c, f)) for i, (c, f) in enumerate(sorted(freq.items()))]
    heapq.heapify(heap)
    i = len(heap)
    while len(heap) > 1:
        f1, _, a = heapq.heappop(heap)
        f2, _, b = heapq.heappop(heap)
        heapq.heappush(heap, (f1 + f2, i, Node(None, f1 + f2, a, b)))
        i += 1
    return heap[0][2]


def codes(node, prefix, out, parent, up):
    parent[node] = up
    if node.ch is not None:
        out[node.ch] = prefix or "0"
        return
    if node.left is not None:
        codes(node.left, prefix + "0", out, parent, node)
    if node.right is not None:
        codes(node.right, prefix + "1", out, parent, node)


text = "abracadabra alakazam"
root = build(text)
table = {}
parent = {}
codes(root, "", table, parent, None)
for ch in sorted(table):
    print(repr(ch), table[ch])
encoded = "".join(table[c] for c in text)
print(len(encoded), "bits for", len(text), "chars")

depths = {}
for node, up in parent.items():
    d = 0
    while up is not None:
        d += 1
        up = parent[up]
    key = node.ch if node.ch is not None else None
    depths[key] = max(depths.get(key, 0), d)
print(depths)
print(None in depths, "z" in depths, sum(1 for v in parent.values() if v is None))

prev = {0: None}
for i in range(1, 6):
    prev[i] = i - 1 if i % 3 else None
counts = {}
for i in range(6):
    counts[prev[i]] = counts.get(prev[i], 0) + 1
print(prev, counts, list(counts)[:2])
del counts[None]
print(counts, None in counts, 1 in counts)

window = None
if len(encoded) > 10:
    window = [int(b) for b in encoded[:8]]
if window is not None:
    print(list(zip(window, "abcdefgh")), sorted(window, reverse=True), window[2:5], sum(window))
print(None in [1, 2], None in {"a": 1}, None not in ["x"], None in [None, 1])
