from shapes import Point, dist
import shapes

origin = shapes.Point(0.0, 0.0)
print(dist(Point(3.0, 4.0), origin))
