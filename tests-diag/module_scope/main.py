# A module does not see the main module's variables, even when the main module imports it.
import helper

SCALE = 3

print(helper.scaled(2))
