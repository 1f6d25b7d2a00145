class Temp:
    def __init__(self, c):
        self.c = c

    @staticmethod
    def c_to_f(c):
        return c * 9 / 5 + 32

    @classmethod
    def from_f(cls, f):
        return cls((f - 32) * 5 / 9)

print(Temp.c_to_f(100), Temp.from_f(212.0).c)
