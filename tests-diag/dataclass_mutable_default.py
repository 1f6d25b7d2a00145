# A list as a dataclass default would be shared by every instance: CPython's ValueError.
from dataclasses import dataclass


@dataclass
class Bag:
    items: list = []  # error: mutable default <class 'list'> for field items is not allowed


print(Bag())
