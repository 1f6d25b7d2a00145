class Resource:
    def __init__(self, name):
        self.name = name

    def __enter__(self):
        return self

    def __exit__(self, a, b, c):
        return False

with Resource("r") as r:
    print(r.name)
