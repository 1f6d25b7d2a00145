"""Route planning over a small city: Dijkstra, A* with a straight-line heuristic, and detours."""
import heapq
import math
from collections import namedtuple

Place = namedtuple("Place", "name x y")

PLACES = [
    Place("Harbor", 0.0, 0.0), Place("Market", 2.0, 1.0), Place("Castle", 4.5, 3.0),
    Place("Station", 1.0, 4.0), Place("Museum", 3.0, 5.5), Place("Park", 6.0, 6.0),
    Place("Stadium", 7.5, 2.0), Place("University", 5.0, 8.0), Place("Airport", 9.0, 9.5),
    Place("Library", 2.5, 7.0),
]

ROADS = """
Harbor Market 2.4
Harbor Station 4.3
Market Castle 3.4
Market Station 3.3
Station Museum 2.6
Museum Castle 2.9
Castle Park 3.5
Castle Stadium 3.3
Stadium Park 4.4
Park University 2.3
Museum Library 1.6
Library University 2.7
University Airport 4.3
Park Airport 4.8
Stadium Airport 7.6
"""


class Graph:
    def __init__(self, places, roads):
        self.places = {p.name: p for p in places}
        self.edges = {p.name: {} for p in places}
        for line in roads.strip().splitlines():
            a, b, km = line.split()
            self.add_road(a, b, float(km))

    def add_road(self, a, b, km):
        for end in (a, b):
            if end not in self.places:
                raise KeyError(f"unknown place {end!r}")
        self.edges[a][b] = km
        self.edges[b][a] = km

    def close_road(self, a, b):
        self.edges[a].pop(b, None)
        self.edges[b].pop(a, None)

    def straight(self, a, b):
        pa, pb = self.places[a], self.places[b]
        return math.hypot(pa.x - pb.x, pa.y - pb.y)

    def dijkstra(self, source):
        dist = {source: 0.0}
        prev = {}
        heap = [(0.0, source)]
        visited = set()
        while heap:
            d, node = heapq.heappop(heap)
            if node in visited:
                continue
            visited.add(node)
            for nxt, km in sorted(self.edges[node].items()):
                nd = d + km
                if nd < dist.get(nxt, math.inf):
                    dist[nxt] = nd
                    prev[nxt] = node
                    heapq.heappush(heap, (nd, nxt))
        return dist, prev

    def astar(self, source, target):
        open_heap = [(self.straight(source, target), 0.0, source)]
        best = {source: 0.0}
        came = {}
        expanded = 0
        while open_heap:
            _, g, node = heapq.heappop(open_heap)
            if g > best.get(node, math.inf):
                continue
            expanded += 1
            if node == target:
                path = [node]
                while path[-1] in came:
                    path.append(came[path[-1]])
                return list(reversed(path)), g, expanded
            for nxt, km in self.edges[node].items():
                ng = g + km
                if ng < best.get(nxt, math.inf):
                    best[nxt] = ng
                    came[nxt] = node
                    heapq.heappush(open_heap, (ng + self.straight(nxt, target), ng, nxt))
        return [], math.inf, expanded


def path_to(prev, target):
    path = [target]
    while path[-1] in prev:
        path.append(prev[path[-1]])
    path.reverse()
    return path


def describe(graph, path):
    legs = []
    for a, b in zip(path, path[1:]):
        legs.append(f"{a} -({graph.edges[a][b]:.1f})-> {b}")
    return "\n    ".join(legs)


def main():
    g = Graph(PLACES, ROADS)
    dist, prev = g.dijkstra("Harbor")
    print("distances from Harbor:")
    for name, d in sorted(dist.items(), key=lambda kv: (kv[1], kv[0])):
        detour = d / g.straight("Harbor", name) if name != "Harbor" else 1.0
        print(f"  {name:<11}{d:6.1f} km  detour x{detour:.2f}")
    print("to Airport:", " > ".join(path_to(prev, "Airport")))

    for src, dst in [("Harbor", "Airport"), ("Station", "Stadium"), ("Library", "Harbor")]:
        path, km, expanded = g.astar(src, dst)
        print(f"A* {src} -> {dst}: {km:.1f} km, {expanded} nodes expanded")
        print("    " + describe(g, path))

    g.close_road("Park", "University")
    g.close_road("Library", "University")
    path, km, _ = g.astar("Harbor", "University")
    print(f"with two roads closed: {' > '.join(path)} ({km:.1f} km)")
    g.close_road("University", "Airport")
    path, km, expanded = g.astar("Harbor", "University")
    print("University reachable:", bool(path), km, expanded)
    try:
        g.add_road("Harbor", "Lighthouse", 1.0)
    except KeyError as exc:
        print("error:", exc)

    hub = min(g.places, key=lambda n: (sum(g.dijkstra(n)[0].values()), n))
    print("best-connected place:", hub)
    degrees = sorted(((len(e), n) for n, e in g.edges.items()), reverse=True)
    print("degrees:", ", ".join(f"{n}={d}" for d, n in degrees[:5]))


main()
