"""Unit conversion with a nested table of factors, parsing of quantities and str.format reports."""
import re
import math

UNITS = {
    "length": {"m": 1.0, "km": 1000.0, "cm": 0.01, "mm": 0.001,
               "in": 0.0254, "ft": 0.3048, "yd": 0.9144, "mi": 1609.344},
    "mass": {"kg": 1.0, "g": 0.001, "lb": 0.45359237, "oz": 0.028349523125,
             "t": 1000.0},
    "volume": {"l": 1.0, "ml": 0.001, "gal": 3.785411784, "qt": 0.946352946,
               "cup": 0.2365882365},
    "time": {"s": 1.0, "min": 60.0, "h": 3600.0, "day": 86400.0},
}
BASE = {"length": "m", "mass": "kg", "volume": "l", "time": "s"}
ALIASES = {"meter": "m", "meters": "m", "feet": "ft", "foot": "ft", "inch": "in", "inches": "in",
           "pound": "lb", "pounds": "lb", "liter": "l", "litre": "l", "hours": "h", "hour": "h",
           "minutes": "min", "days": "day", "miles": "mi", "mile": "mi", "grams": "g"}
QUANTITY = re.compile(r"^\s*(-?\d+(?:\.\d+)?(?:[eE][-+]?\d+)?)\s*([A-Za-z]+)\s*$")


class UnitError(Exception):
    pass


class Quantity:
    def __init__(self, value, unit):
        self.value = value
        self.unit = canonical(unit)
        self.dimension = dimension_of(self.unit)

    @classmethod
    def parse(cls, text):
        m = QUANTITY.match(text)
        if not m:
            raise UnitError("cannot parse quantity: {!r}".format(text))
        return cls(float(m.group(1)), m.group(2))

    def to(self, unit):
        unit = canonical(unit)
        dim = dimension_of(unit)
        if dim != self.dimension:
            raise UnitError("cannot convert {} ({}) to {} ({})".format(
                self.unit, self.dimension, unit, dim))
        table = UNITS[dim]
        return Quantity(self.value * table[self.unit] / table[unit], unit)

    def __add__(self, other):
        return Quantity(self.value + other.to(self.unit).value, self.unit)

    def __sub__(self, other):
        return Quantity(self.value - other.to(self.unit).value, self.unit)

    def __lt__(self, other):
        return self.value < other.to(self.unit).value

    def __str__(self):
        return "{:.4g} {}".format(self.value, self.unit)

    def __repr__(self):
        return "Quantity({!r}, {!r})".format(self.value, self.unit)


def canonical(unit):
    u = ALIASES.get(unit.lower(), unit)
    if dimension_of(u, strict=False) is None:
        raise UnitError("unknown unit {!r}".format(unit))
    return u


def dimension_of(unit, strict=True):
    for dim, table in UNITS.items():
        if unit in table:
            return dim
    if strict:
        raise UnitError("unknown unit {!r}".format(unit))
    return None


def conversion_table(dim, value=1.0):
    table = UNITS[dim]
    units = list(table)
    width = max(len(u) for u in units)
    lines = ["{0:>{w}} |".format("", w=width) + "".join("{:>12}".format(u) for u in units)]
    lines.append("-" * len(lines[0]))
    for a in units:
        cells = []
        for b in units:
            x = value * table[a] / table[b]
            cells.append("{:>12.4g}".format(x) if 1e-3 <= x < 1e6 else "{:>12.2e}".format(x))
        lines.append("{0:>{w}} |".format(a, w=width) + "".join(cells))
    return "\n".join(lines)


def main():
    requests = [
        ("5 km", "mi"), ("6 ft", "cm"), ("12 inches", "feet"), ("3.5 pounds", "g"),
        ("2 gal", "l"), ("90 minutes", "h"), ("1e3 mm", "m"), ("2 days", "min"),
        ("10 kg", "m"), ("5 parsecs", "m"), ("fast", "km"), ("-40 oz", "lb"),
    ]
    for text, target in requests:
        try:
            q = Quantity.parse(text)
            r = q.to(target)
            print("{:>12} = {:<14} ({!r})".format(str(q), str(r), round(r.value, 6)))
        except UnitError as e:
            print("{:>12} : error: {}".format(text, e))

    print()
    run = [Quantity.parse(s) for s in ["5 km", "3.1 mi", "800 m", "2000 yd"]]
    total = run[0]
    for leg in run[1:]:
        total = total + leg
    print("total distance:", total, "=", total.to("mi"), "base unit", BASE[total.dimension])
    print("longest leg:", max(run), " shortest:", min(run))
    print("sorted legs:", ", ".join(str(q) for q in sorted(run)))
    diff = Quantity.parse("1 mi") - Quantity.parse("1 km")
    print("a mile is {0} longer than a km ({1:.1%} more)".format(diff.to("m"), diff.to("km").value))

    print()
    print(conversion_table("mass"))
    print()
    print(conversion_table("time", 1.0))

    print()
    pace = Quantity.parse("42.195 km")
    for hours in (2.0, 3.5, 5.0):
        speed = pace.to("mi").value / hours
        per_km = hours * 60 / pace.value
        m, s = divmod(round(per_km * 60), 60)
        print("marathon in {h:4.1f} h: {mph:5.2f} mph, {m}:{s:02d} min/km".format(
            h=hours, mph=speed, m=m, s=s))
    print("circle of radius 1 ft: area {:.3f} m^2".format(
        math.pi * Quantity(1.0, "ft").to("m").value ** 2))


main()
