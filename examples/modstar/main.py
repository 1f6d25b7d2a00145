from consts import *
import consts
import app.core.engine as eng
from app import version
from app.core import engine
import base
from base import Animal, Oops
import math

class Dog(base.Animal):
    def speak(self):
        return "woof " + self.name

class Cat(Animal):
    def speak(self):
        return "meow"

print(LIMIT, NAME, consts.LIMIT)
consts.LIMIT = 99
print(LIMIT, consts.LIMIT, consts.get_limit())
print(eng.run(3), engine.run(4), version.VERSION, version.describe())
pets = [Dog("rex"), Cat("tom")]
for p in pets:
    print(p.speak(), isinstance(p, Animal), isinstance(p, base.Animal))
try:
    base.fail()
except Oops as e:
    print("oops", e)
try:
    base.fail()
except base.Oops as e:
    print("oops again", e)
print(math.floor(2.5))
