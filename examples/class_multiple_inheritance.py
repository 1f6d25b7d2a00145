# Multiple inheritance: mixins, a diamond resolved by the MRO, cooperative super() calls.


class Base:
    def __init__(self):
        self.log = ["Base"]

    def hello(self):
        return "Base.hello"

    def tags(self):
        return ["base"]


class Loud(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Loud")

    def hello(self):
        return super().hello().upper() + "!"

    def tags(self):
        return ["loud"] + super().tags()


class Polite(Base):
    def __init__(self):
        super().__init__()
        self.log.append("Polite")

    def hello(self):
        return "please, " + super().hello()

    def tags(self):
        return ["polite"] + super().tags()


class Both(Loud, Polite):
    def __init__(self):
        super().__init__()
        self.log.append("Both")

    def tags(self):
        return ["both"] + super().tags()


class JsonMixin:
    def to_json(self):
        parts = []
        for key, value in zip(self.fields(), self.values()):
            parts.append('"' + key + '": ' + repr(value))
        return "{" + ", ".join(parts) + "}"


class Point(JsonMixin):
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def fields(self):
        return ["x", "y"]

    def values(self):
        return [self.x, self.y]


for obj in [Base(), Loud(), Polite(), Both()]:
    print(type(obj).__name__, obj.hello(), obj.tags(), obj.log)
b = Both()
print(isinstance(b, Loud), isinstance(b, Polite), isinstance(b, Base), isinstance(b, JsonMixin))
print(Point(3, -4).to_json())
print(issubclass(Both, Polite), issubclass(Polite, Loud))
