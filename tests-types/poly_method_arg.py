class Box:
    def __init__(self):
        self.count = 0

    def put(self, item):
        self.count += 1
        return item

b = Box()
print(b.put(1), b.put("s"), b.count)
