points = set()
points.add((1, 2))
points.add((1, 2))
print(len(points))
