# A small ray tracer (spheres, a plane, point lights, shadows, reflections); prints a checksum of the pixels.


class Vec:
    def __init__(self, x, y, z):
        self.x = x
        self.y = y
        self.z = z

    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y, self.z + o.z)

    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y, self.z - o.z)

    def scale(self, k):
        return Vec(self.x * k, self.y * k, self.z * k)

    def dot(self, o):
        return self.x * o.x + self.y * o.y + self.z * o.z

    def norm(self):
        return self.scale(1.0 / self.dot(self) ** 0.5)


class Thing:
    def __init__(self, color, reflect):
        self.color = color
        self.reflect = reflect

    def intersect(self, origin, direction):
        return -1.0

    def normal(self, p):
        return Vec(0.0, 1.0, 0.0)


class Sphere(Thing):
    def __init__(self, center, radius, color, reflect):
        super().__init__(color, reflect)
        self.center = center
        self.r2 = radius * radius

    def intersect(self, origin, direction):
        oc = origin - self.center
        b = oc.dot(direction)
        c = oc.dot(oc) - self.r2
        disc = b * b - c
        if disc < 0.0:
            return -1.0
        t = -b - disc ** 0.5
        return t if t > 1e-6 else -1.0

    def normal(self, p):
        return (p - self.center).norm()


class Plane(Thing):
    def __init__(self, height, color, reflect):
        super().__init__(color, reflect)
        self.height = height

    def intersect(self, origin, direction):
        if abs(direction.y) < 1e-9:
            return -1.0
        t = (self.height - origin.y) / direction.y
        return t if t > 1e-6 else -1.0


SCENE = [
    Plane(-1.0, Vec(0.8, 0.8, 0.8), 0.2),
    Sphere(Vec(0.0, 0.0, 4.0), 1.0, Vec(0.9, 0.2, 0.2), 0.4),
    Sphere(Vec(-1.8, -0.3, 5.0), 0.7, Vec(0.2, 0.9, 0.2), 0.3),
    Sphere(Vec(1.7, 0.2, 3.5), 0.6, Vec(0.2, 0.3, 0.9), 0.6),
    Sphere(Vec(0.5, 1.5, 6.0), 0.9, Vec(0.9, 0.9, 0.2), 0.1),
]
LIGHTS = [(Vec(-5.0, 5.0, -2.0), 0.8), (Vec(4.0, 6.0, 1.0), 0.5)]


def closest(origin, direction):
    best_t = 1e30
    best = SCENE[0]
    hit = False
    for thing in SCENE:
        t = thing.intersect(origin, direction)
        if 0.0 < t < best_t:
            best_t = t
            best = thing
            hit = True
    return (best_t, best) if hit else (-1.0, best)


def trace(origin, direction, depth):
    t, thing = closest(origin, direction)
    if t < 0.0:
        return Vec(0.1, 0.1, 0.15)
    p = origin + direction.scale(t)
    n = thing.normal(p)
    light = 0.1
    for pos, strength in LIGHTS:
        to_light = (pos - p).norm()
        lambert = n.dot(to_light)
        if lambert > 0.0:
            st, _ = closest(p, to_light)
            if st < 0.0 or st > (pos - p).dot(pos - p) ** 0.5:
                light += lambert * strength
    color = thing.color.scale(light)
    if depth < 3 and thing.reflect > 0.0:
        r = direction - n.scale(2.0 * direction.dot(n))
        color = color.scale(1.0 - thing.reflect) + trace(p, r.norm(), depth + 1).scale(thing.reflect)
    return color


def render(width, height):
    eye = Vec(0.0, 0.5, -1.0)
    checksum = 0
    for j in range(height):
        for i in range(width):
            x = (i - width / 2) / width
            y = (height / 2 - j) / height
            c = trace(eye, Vec(x, y - 0.1, 1.0).norm(), 0)
            r = min(255, int(c.x * 255))
            g = min(255, int(c.y * 255))
            b = min(255, int(c.z * 255))
            checksum = (checksum * 31 + r * 65536 + g * 256 + b) % 1000000007
    return checksum


print(render(320, 240))
