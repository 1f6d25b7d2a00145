# A dataclass field's annotation is checked against what its __init__ receives.
from dataclasses import dataclass


@dataclass
class Item:
    name: str
    count: int  # error: parameter 'count' is annotated 'int' but holds str
    price: float = 0


print(Item("pen", "two", 3))
