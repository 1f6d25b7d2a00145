"""A trie with insertion, deletion, prefix search and ranked autocomplete."""


class Node:
    def __init__(self):
        self.children = {}
        self.count = 0      # times this exact word was inserted
        self.passing = 0    # words that pass through this node


class Trie:
    def __init__(self, words=()):
        self.root = Node()
        self.size = 0
        for w in words:
            self.insert(w)

    def insert(self, word, times=1):
        node = self.root
        node.passing += times
        for ch in word:
            node = node.children.setdefault(ch, Node())
            node.passing += times
        if node.count == 0:
            self.size += 1
        node.count += times

    def _find(self, prefix):
        node = self.root
        for ch in prefix:
            node = node.children.get(ch)
            if node is None:
                return None
        return node

    def __contains__(self, word):
        node = self._find(word)
        return node is not None and node.count > 0

    def __len__(self):
        return self.size

    def count_prefix(self, prefix):
        node = self._find(prefix)
        return node.passing if node else 0

    def remove(self, word):
        if word not in self:
            raise KeyError(word)
        path = [self.root]
        for ch in word:
            path.append(path[-1].children[ch])
        times = path[-1].count
        path[-1].count = 0
        for node in path:
            node.passing -= times
        # prune empty branches bottom-up
        for i in range(len(word), 0, -1):
            if path[i].passing == 0:
                del path[i - 1].children[word[i - 1]]
        self.size -= 1

    def _walk(self, node, prefix):
        if node.count:
            yield prefix, node.count
        for ch in sorted(node.children):
            yield from self._walk(node.children[ch], prefix + ch)

    def __iter__(self):
        for word, _ in self._walk(self.root, ""):
            yield word

    def complete(self, prefix, limit=3):
        node = self._find(prefix)
        if node is None:
            return []
        found = list(self._walk(node, prefix))
        found.sort(key=lambda wc: (-wc[1], len(wc[0]), wc[0]))
        return [w for w, _ in found[:limit]]

    def longest_common_prefix(self):
        node, prefix = self.root, []
        while len(node.children) == 1 and node.count == 0:
            (ch, node), = node.children.items()
            prefix.append(ch)
        return "".join(prefix)

    def depth(self, node=None):
        node = node or self.root
        return 1 + max((self.depth(c) for c in node.children.values()), default=0)


TEXT = """the quick brown fox jumps over the lazy dog then the fox
thinks that the dog is there though they think otherwise
quickly the theory of quicksort was taught to the quiet quorum"""


def main():
    trie = Trie()
    for word in TEXT.split():
        trie.insert(word.lower())
    print("distinct words:", len(trie), "total insertions:", trie.root.passing)
    print("depth:", trie.depth())
    for prefix in ["th", "qu", "t", "fox", "z", ""]:
        print(f"{prefix!r:>6}: count={trie.count_prefix(prefix):<3} complete={trie.complete(prefix)}")
    print("'the' in trie:", "the" in trie, "| 'th' in trie:", "th" in trie)

    words = list(trie)
    print("first ten in order:", words[:10])
    print("every third:", words[::3])

    for w in ["the", "quicksort", "nothing"]:
        try:
            trie.remove(w)
            print(f"removed {w!r}; now {len(trie)} words; 'th' prefix count {trie.count_prefix('th')}")
        except KeyError as e:
            print("cannot remove", e)
    print("after removal:", trie.complete("th", limit=5), trie.complete("quick"))

    t2 = Trie(["interstellar", "internet", "interval", "internal", "interview"])
    print("lcp:", t2.longest_common_prefix(), "| size", len(t2))
    t3 = Trie(["flow", "flower", "flight"])
    print("lcp:", t3.longest_common_prefix())
    t2.insert("internet", times=5)
    print("ranked:", t2.complete("inter", limit=4))
    lengths = {}
    for w in t2:
        lengths.setdefault(len(w), []).append(w)
    print("by length:", dict(sorted(lengths.items())))


main()
