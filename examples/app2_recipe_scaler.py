"""Scale recipes and convert units, printing friendly kitchen fractions."""
import copy

VOLUME_ML = {"tsp": 4.92892, "tbsp": 14.7868, "cup": 236.588, "ml": 1.0, "l": 1000.0}
WEIGHT_G = {"g": 1.0, "kg": 1000.0, "oz": 28.3495, "lb": 453.592}
ALIASES = {"teaspoon": "tsp", "teaspoons": "tsp", "tablespoon": "tbsp", "tablespoons": "tbsp",
           "cups": "cup", "grams": "g", "pounds": "lb", "ounces": "oz", "liters": "l"}
FRACTIONS = [(0.0, ""), (1 / 8, "1/8"), (1 / 4, "1/4"), (1 / 3, "1/3"), (3 / 8, "3/8"), (1 / 2, "1/2"),
             (5 / 8, "5/8"), (2 / 3, "2/3"), (3 / 4, "3/4"), (7 / 8, "7/8"), (1.0, "")]


class UnitError(ValueError):
    pass


def parse_quantity(text):
    total = 0.0
    for part in text.split():
        if "/" in part:
            num, den = part.split("/")
            total += int(num) / int(den)
        else:
            total += float(part)
    return total


def kitchen(amount):
    whole = int(amount)
    rest = amount - whole
    frac_value, frac_text = min(FRACTIONS, key=lambda f: abs(f[0] - rest))
    if frac_value == 1:
        whole += 1
        frac_text = ""
    if whole and frac_text:
        return f"{whole} {frac_text}"
    if frac_text:
        return frac_text
    return str(whole)


def normalise(unit):
    unit = unit.lower().rstrip(".")
    return ALIASES.get(unit, unit)


def convert(amount, src, dst):
    src, dst = normalise(src), normalise(dst)
    for table in (VOLUME_ML, WEIGHT_G):
        if src in table and dst in table:
            return amount * table[src] / table[dst]
    if (src in VOLUME_ML) != (dst in VOLUME_ML) and {src, dst} <= set(VOLUME_ML) | set(WEIGHT_G):
        raise UnitError(f"cannot convert volume to weight: {src} -> {dst}")
    raise UnitError(f"unknown unit: {src if src not in VOLUME_ML and src not in WEIGHT_G else dst}")


class Ingredient:
    def __init__(self, line):
        qty, unit, name = line.split(maxsplit=2) if line[0].isdigit() else ["1", "whole", line]
        if "/" in unit and unit[0].isdigit():
            extra, unit, name = unit, *name.split(maxsplit=1)
            qty = f"{qty} {extra}"
        self.amount = parse_quantity(qty)
        self.unit = normalise(unit)
        self.name = name

    def scaled(self, factor):
        clone = copy.copy(self)
        clone.amount = self.amount * factor
        return clone

    def best_unit(self):
        if self.unit in VOLUME_ML:
            ml = convert(self.amount, self.unit, "ml")
            for unit in ("cup", "tbsp", "tsp"):
                if ml >= VOLUME_ML[unit] * (0.25 if unit == "cup" else 1.0):
                    return self.scaled_to(unit)
            return self.scaled_to("tsp")
        if self.unit in WEIGHT_G and self.unit != "g":
            return self.scaled_to("g")
        return self

    def scaled_to(self, unit):
        clone = self.scaled(1)
        clone.amount = convert(self.amount, self.unit, unit)
        clone.unit = unit
        return clone

    def __str__(self):
        if self.unit == "whole":
            return f"{kitchen(self.amount)} {self.name}"
        if self.unit == "g":
            return f"{self.amount:.0f} g {self.name}"
        return f"{kitchen(self.amount)} {self.unit} {self.name}"


PANCAKES = """Pancakes (serves 4)
1 1/2 cups flour
3 1/2 tsp baking powder
1 tbsp sugar
1/4 tsp salt
1 1/4 cups milk
3 tbsp butter
egg
"""

BREAD = """Bread (serves 8)
1 lb flour
2 tsp salt
1 tbsp yeast
12 ounces water
"""


def read_recipe(text):
    title, *lines = text.strip().splitlines()
    name, _, serves = title.partition(" (serves ")
    return name, int(serves.rstrip(")")), [Ingredient(l) for l in lines]


def print_scaled(text, people):
    name, serves, ingredients = read_recipe(text)
    factor = people / serves
    print(f"== {name} for {people} (x{factor:g}) ==")
    for ing in ingredients:
        print("  -", str(ing.scaled(factor).best_unit()))


def main():
    for people in (4, 2, 6, 11):
        print_scaled(PANCAKES, people)
    print_scaled(BREAD, 4)
    print_scaled(BREAD, 20)
    print()
    for amount, src, dst in [(1, "cup", "tbsp"), (2, "tablespoons", "tsp"), (500, "grams", "lb"),
                             (1, "l", "cups"), (3, "oz", "cup"), (1, "pinch", "tsp"), (2, "cup", "furlong")]:
        try:
            print(f"{amount} {src} = {convert(amount, src, dst):.3f} {dst}")
        except UnitError as e:
            print(f"{amount} {src} -> {dst}: {e}")
    print([kitchen(x) for x in (0.1, 0.3, 0.49, 0.9, 0.97, 1.33, 2.66, 5.0)])


main()
