# @property getters and setters with validation, read-only computed properties, and a ValueError on bad input.


class Temperature:
    ABSOLUTE_ZERO = -273.15

    def __init__(self, celsius):
        self._celsius = 0.0
        self.celsius = celsius

    @property
    def celsius(self):
        return self._celsius

    @celsius.setter
    def celsius(self, value):
        if value < Temperature.ABSOLUTE_ZERO:
            raise ValueError(f"{value} C is below absolute zero")
        self._celsius = value

    @property
    def fahrenheit(self):
        return self._celsius * 9 / 5 + 32

    @fahrenheit.setter
    def fahrenheit(self, value):
        self.celsius = (value - 32) * 5 / 9

    @property
    def kelvin(self):
        return self._celsius - Temperature.ABSOLUTE_ZERO

    def __repr__(self):
        return f"Temperature({self._celsius:.2f})"


class Thermostat:
    def __init__(self, target):
        self.target = Temperature(target)
        self.readings = []

    def record(self, celsius):
        self.readings.append(Temperature(celsius))

    @property
    def average(self):
        return sum(t.celsius for t in self.readings) / len(self.readings)

    def heating_needed(self):
        return self.average < self.target.celsius


t = Temperature(25.0)
print(t, t.fahrenheit, t.kelvin)
t.fahrenheit = 212.0
print("after setting 212 F:", t, round(t.kelvin, 2))
t.celsius -= 150.0
print("cooled by 150:", t, f"{t.fahrenheit:.1f} F")
for bad in [-300.0, -273.15, -273.16]:
    try:
        t.celsius = bad
        print("set to", bad, "->", t)
    except ValueError as e:
        print("rejected:", e)
th = Thermostat(20.5)
for c in [18.0, 19.5, 21.0, 17.25, 19.0]:
    th.record(c)
print(f"average {th.average:.3f} C, target {th.target.celsius} C, heat: {th.heating_needed()}")
table = [Temperature(c * 10.0) for c in range(-4, 5, 2)]
for temp in table:
    print(f"{temp.celsius:7.1f} C = {temp.fahrenheit:6.1f} F = {temp.kelvin:7.2f} K")
