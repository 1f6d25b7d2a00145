# A class's own __format__, called by f-strings, format() and str.format (for an empty spec too);
# a class without one formats as str() with an empty spec and raises TypeError for another.


class Temp:
    def __init__(self, kelvin):
        self.kelvin = kelvin

    def __format__(self, spec):
        if spec.endswith("C"):
            return format(self.kelvin - 273.15, spec[:-1] + "f") + "°C"
        if spec.endswith("F"):
            return format((self.kelvin - 273.15) * 9 / 5 + 32, spec[:-1] + "f") + "°F"
        return format(self.kelvin, spec) + "K"

    def __str__(self):
        return f"Temp({self.kelvin})"


class Hot(Temp):
    pass


class Plain:
    def __str__(self):
        return "plain"


t = Temp(300.0)
print(f"{t}|{t:.1C}|{t:>8.2F}|{t:.3}")
print(format(t, ".0C"), "{:.2C} and {}".format(t, t), str(t))
print(f"{Hot(0.0):.1C}", [format(x, ".1F") for x in (Temp(273.15), Hot(373.15))])
p = Plain()
print(f"{p}|{p!s}|{format(p)}|{'{}'.format(p)}")
try:
    print(f"{p:>10}")
except TypeError as e:
    print("TypeError:", e)
