# re calls whose result type cannot be known at compile time are refused at their line.
import re

pattern = input()
print(re.findall(pattern, "abc"))  # error: re.findall of a pattern that is not a string literal
