import even
from odd import is_odd

print(even.is_even(10), is_odd(7))
