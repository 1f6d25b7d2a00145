# Shortest paths on a generated weighted grid graph with Dijkstra's algorithm and a hand-written binary heap.


class MinHeap:
    def __init__(self):
        self.items = []

    def __len__(self):
        return len(self.items)

    def push(self, dist, node):
        items = self.items
        items.append((dist, node))
        i = len(items) - 1
        while i > 0:
            parent = (i - 1) >> 1
            if items[parent] <= items[i]:
                break
            items[parent], items[i] = items[i], items[parent]
            i = parent

    def pop(self):
        items = self.items
        top = items[0]
        last = items.pop()
        n = len(items)
        if n:
            items[0] = last
            i = 0
            while True:
                left = 2 * i + 1
                if left >= n:
                    break
                child = left
                if left + 1 < n and items[left + 1] < items[left]:
                    child = left + 1
                if items[i] <= items[child]:
                    break
                items[i], items[child] = items[child], items[i]
                i = child
        return top


def make_graph(width, height, seed):
    adj = [[] for _ in range(width * height)]
    state = seed
    for y in range(height):
        for x in range(width):
            u = y * width + x
            for dx, dy in ((1, 0), (0, 1), (1, 1)):
                nx, ny = x + dx, y + dy
                if nx < width and ny < height:
                    state = (state * 1103515245 + 12345) % 2147483648
                    w = 1 + (state >> 16) % 100
                    v = ny * width + nx
                    adj[u].append((v, w))
                    adj[v].append((u, w))
    return adj


def dijkstra(adj, source):
    dist = [-1] * len(adj)
    heap = MinHeap()
    heap.push(0, source)
    settled = 0
    while len(heap):
        d, u = heap.pop()
        if dist[u] >= 0:
            continue
        dist[u] = d
        settled += 1
        for v, w in adj[u]:
            if dist[v] < 0:
                heap.push(d + w, v)
    return dist, settled


side = 150
graph = make_graph(side, side, 7)
for source in (0, side * side // 2 + side // 2):
    dist, settled = dijkstra(graph, source)
    print("source", source, "settled", settled, "far corner", dist[-1], "max", max(dist), "sum", sum(dist))
