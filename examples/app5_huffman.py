"""Huffman coding: build a code table with heapq, encode to bits, pack to bytes, decode."""
import heapq
from collections import Counter
from dataclasses import dataclass, field
from typing import Optional


@dataclass(order=True)
class Node:
    weight: int
    order: int
    symbol: Optional[str] = field(default=None, compare=False)
    left: Optional["Node"] = field(default=None, compare=False)
    right: Optional["Node"] = field(default=None, compare=False)

    def is_leaf(self) -> bool:
        return self.symbol is not None


def build_tree(text: str) -> Node:
    freq = Counter(text)
    heap = []
    counter = 0
    for sym, w in sorted(freq.items()):
        heap.append(Node(w, counter, sym))
        counter += 1
    heapq.heapify(heap)
    if len(heap) == 1:
        only = heapq.heappop(heap)
        return Node(only.weight, counter, None, only, None)
    while len(heap) > 1:
        a = heapq.heappop(heap)
        b = heapq.heappop(heap)
        heapq.heappush(heap, Node(a.weight + b.weight, counter, None, a, b))
        counter += 1
    return heap[0]


def code_table(root: Node) -> dict[str, str]:
    table: dict[str, str] = {}

    def walk(node: Optional[Node], prefix: str) -> None:
        if node is None:
            return
        if node.symbol is not None:
            table[node.symbol] = prefix or "0"
            return
        walk(node.left, prefix + "0")
        walk(node.right, prefix + "1")

    walk(root, "")
    return table


def encode(text: str, table: dict[str, str]) -> str:
    return "".join(table[ch] for ch in text)


def pack_bits(bits: str) -> bytes:
    padding = (8 - len(bits) % 8) % 8
    bits += "0" * padding
    out = bytearray()
    for i in range(0, len(bits), 8):
        out.append(int(bits[i:i + 8], 2))
    return bytes([padding]) + bytes(out)


def unpack_bits(data: bytes) -> str:
    padding = data[0]
    bits = "".join(f"{b:08b}" for b in data[1:])
    return bits[:len(bits) - padding] if padding else bits


def decode(bits: str, root: Node) -> str:
    out = []
    node = root
    for bit in bits:
        node = node.left if bit == "0" else node.right
        if node.is_leaf():
            out.append(node.symbol)
            node = root
    return "".join(out)


def report(text: str) -> None:
    root = build_tree(text)
    table = code_table(root)
    bits = encode(text, table)
    packed = pack_bits(bits)
    freq = Counter(text)
    print(f"text: {text[:40]!r}{'...' if len(text) > 40 else ''}")
    print(f"  symbols={len(freq)} length={len(text)} bits={len(bits)} bytes={len(packed)}")
    rows = sorted(table.items(), key=lambda kv: (len(kv[1]), kv[0]))
    for sym, code in rows[:8]:
        print(f"    {sym!r:6} x{freq[sym]:<3} -> {code}")
    if len(rows) > 8:
        print(f"    ... {len(rows) - 8} more")
    avg = sum(freq[s] * len(c) for s, c in table.items()) / len(text)
    print(f"  avg bits/symbol: {avg:.3f}  ratio: {len(packed) / len(text.encode()):.2%}")
    print(f"  packed: {packed[:12].hex(' ')}")
    restored = decode(unpack_bits(packed), root)
    assert restored == text, "round trip failed"
    print("  round trip ok")


samples = [
    "abracadabra",
    "aaaaaaaaaa",
    "the quick brown fox jumps over the lazy dog",
    "she sells sea shells by the sea shore; the shells she sells are surely seashells",
    "mississippi river " * 3,
]
for s in samples:
    report(s)

# Canonical code lengths, as DEFLATE would store them
root = build_tree(samples[3])
lengths = {s: len(c) for s, c in code_table(root).items()}
by_len = sorted(lengths.items(), key=lambda kv: (kv[1], kv[0]))
code = 0
prev_len = by_len[0][1]
canonical = {}
for sym, ln in by_len:
    code <<= ln - prev_len
    canonical[sym] = format(code, f"0{ln}b")
    code += 1
    prev_len = ln
print("canonical:", " ".join(f"{s}={c}" for s, c in sorted(canonical.items())))
